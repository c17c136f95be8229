# A tiny mustache-like template engine: scan, named captures, $~, gsub with hash and block.

class TemplateError < StandardError
  def initialize(name, line)
    super("unknown variable '#{name}' on line #{line}")
  end
end

class Template
  TAG = /\{\{\s*(?<sigil>[#\/^!]?)\s*(?<name>[a-z_][\w.]*)\s*\}\}/

  def initialize(source)
    @source = source
  end

  def variables
    @source.scan(TAG).map { |sigil, name| sigil.empty? ? name : nil }.compact.uniq
  end

  def sections
    @source.scan(/\{\{#(\w+)\}\}/).flatten
  end

  def render(ctx)
    out = render_sections(@source, ctx)
    out.lines.each_with_index.map do |line, i|
      line.gsub(TAG) do
        m = $~
        name = m[:name]
        case m[:sigil]
        when "!" then ""
        else
          value = lookup(ctx, name)
          raise TemplateError.new(name, i + 1) if value.nil?
          escape(value.to_s)
        end
      end
    end.join
  end

  private

  def render_sections(src, ctx)
    src.gsub(/\{\{#(\w+)\}\}(.*?)\{\{\/\1\}\}/m) do
      key, body = $1, $2
      items = ctx[key.to_sym]
      case items
      when Array then items.map { |item| Template.new(body).render(ctx.merge(item)) }.join
      when true then Template.new(body).render(ctx)
      else ""
      end
    end
  end

  def lookup(ctx, dotted)
    dotted.split(".").reduce(ctx) do |acc, part|
      break nil unless acc.is_a?(Hash)
      acc[part.to_sym]
    end
  end

  ESCAPES = { "&" => "&amp;", "<" => "&lt;", ">" => "&gt;", '"' => "&quot;" }.freeze

  def escape(s)
    s.gsub(/[&<>"]/, ESCAPES)
  end
end

src = <<~TPL
  Hello {{ user.name }}! {{! a comment }}
  You have {{count}} new <messages>.
  {{#items}}- {{title}} ({{price}})
  {{/items}}{{#vip}}VIP since {{user.since}}
  {{/vip}}Bye.
TPL

t = Template.new(src)
p t.variables
p t.sections
puts t.render(user: { name: "Ada <Lovelace>", since: 1843 }, count: 3,
              items: [{ title: "Tea & cake", price: "4.50" }, { title: "\"Quotes\"", price: "1.00" }],
              vip: true)
puts "---"
begin
  puts t.render(user: { name: "Bob" }, count: 0, items: [], vip: true)
rescue TemplateError => e
  puts "error: #{e.message}"
end

# MatchData details
md = Template::TAG.match("x {{ #list }} y")
p md[:sigil], md[:name], md.pre_match, md.post_match
p md.names
p md.captures
p md.named_captures
p md.begin(0), md.end(0)

# =~ with named captures into locals
if /(?<key>\w+)=(?<val>\d+)/ =~ "retries=5"
  p [key, val.to_i]
end
p $~[0], $1, $2

# gsub variants
p "2024-01-05".gsub(/(\d+)-(\d+)-(\d+)/, '\3/\2/\1')
p "snake_case_words".gsub(/_(\w)/) { $1.upcase }
p "a1b22c333".gsub(/\d+/) { |d| "<#{d.size}>" }
p "hello world".sub(/o/, "0").tr("lw", "LW")
p "cat hat bat".scan(/[a-z]at/).map(&:capitalize)
p "key: value, other: thing".scan(/(\w+): (\w+)/).to_h
p "The year 1999 and 2024".gsub(/\d{4}/, "1999" => "Y2K-1", "2024" => "now")
