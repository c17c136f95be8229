# An HTML builder DSL: method_missing turns calls into tags, blocks nest
# (instance_eval for the bare style, yielded builder for the explicit one),
# attributes come from keyword hashes, and text is escaped.
class HTMLBuilder
  VOID = %i[br hr img input meta].freeze
  ESCAPES = { "&" => "&amp;", "<" => "&lt;", ">" => "&gt;", '"' => "&quot;" }.freeze

  def self.build(indent: 2, &block)
    builder = new(indent)
    block.arity == 1 ? block.call(builder) : builder.instance_eval(&block)
    builder.to_s
  end

  def initialize(indent)
    @indent = indent
    @depth = 0
    @lines = []
    @tags_used = Hash.new(0)
  end

  attr_reader :tags_used

  def text(str) = emit(escape(str.to_s))

  def raw(str) = emit(str)

  def comment(str) = emit("<!-- #{str} -->")

  def to_s = @lines.join("\n")

  def method_missing(name, content = nil, **attrs, &block)
    tag = name.to_s.sub(/_?!\z/, "")
    return super unless tag.match?(/\A[a-z][a-z0-9]*\z/)
    @tags_used[tag.to_sym] += 1
    open = "<#{tag}#{attributes(attrs)}>"
    if VOID.include?(tag.to_sym)
      emit(open)
    elsif block
      emit(open)
      nested { block.arity == 1 ? block.call(self) : instance_eval(&block) }
      emit("</#{tag}>")
    else
      emit("#{open}#{escape(content.to_s)}</#{tag}>")
    end
    self
  end

  def respond_to_missing?(name, include_private = false)
    name.to_s.match?(/\A[a-z][a-z0-9]*(_?!)?\z/) || super
  end

  private

  def nested
    @depth += 1
    yield
  ensure
    @depth -= 1
  end

  def emit(line) = @lines << (" " * (@indent * @depth)) + line

  def escape(str) = str.gsub(/[&<>"]/, ESCAPES)

  def attributes(attrs)
    attrs.filter_map do |key, value|
      name = key.to_s.tr("_", "-")
      case value
      when true then " #{name}"
      when false, nil then nil
      when Array then %( #{name}="#{escape(value.join(' '))}")
      when Hash then %( #{name}="#{value.map { |k, v| "#{k}: #{v}" }.join('; ')}")
      else %( #{name}="#{escape(value.to_s)}")
      end
    end.join
  end
end

Item = Struct.new(:name, :price_cents, :tags)
ITEMS = [
  Item.new("Tea & Biscuits", 450, %w[food hot]),
  Item.new("<Script> Kiddie", 0, []),
  Item.new("Coffee", 325, %w[hot])
].freeze

page = HTMLBuilder.build do
  html(lang: "en") do
    head do
      meta(charset: "utf-8")
      title "Menu \"today\""
    end
    body(class: %w[menu dark], data_count: ITEMS.size) do
      h1 "Today's menu", id: "top"
      comment "generated"
      ul do
        ITEMS.each_with_index do |item, i|
          li(class: ("odd" if i.odd?), hidden: item.price_cents.zero?) do
            text item.name
            span format("$%.2f", item.price_cents / 100.0), style: { color: "red", weight: i }
            br
            item.tags.each { |t| em t }
          end
        end
      end
      p_! "bare p via bang"
      input(type: "checkbox", checked: true, disabled: false)
    end
  end
end
puts page

explicit = HTMLBuilder.build(indent: 4) do |b|
  b.div(id: "x") do |d|
    d.p "one"
    d.p "two < three"
    d.raw "<b>raw</b>"
  end
end
puts explicit

b = HTMLBuilder.new(1)
b.section { h2 "nested"; hr }
puts b.to_s
p b.tags_used
p b.respond_to?(:table), b.respond_to?(:Table), b.respond_to?(:to_s)
begin
  b.Bogus
rescue NoMethodError => e
  puts "NoMethodError: #{e.name}"
end
