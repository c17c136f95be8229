# A markup builder driven by method_missing: any method name becomes a tag,
# hashes become attributes, blocks nest, `text!` and `comment!` add content;
# respond_to_missing? keeps respond_to? honest.

class MarkupBuilder
  VOID = %w[br hr img input meta].freeze

  def initialize(indent: 2)
    @indent = indent
    @depth = 0
    @out = +""
  end

  def text!(str)
    line(escape(str.to_s))
    self
  end

  def comment!(str)
    line("<!-- #{str} -->")
    self
  end

  def method_missing(name, *args, &block)
    return super if name.to_s.start_with?("to_")

    tag = name.to_s.delete_suffix("!").delete_suffix("_").tr("_", "-")
    attrs = args.last.is_a?(Hash) ? args.pop : {}
    content = args.first
    open = "<#{tag}#{attributes(attrs)}"
    if VOID.include?(tag)
      line(open + ">")
    elsif block
      line(open + ">")
      @depth += 1
      block.arity == 1 ? block.call(self) : instance_eval(&block)
      @depth -= 1
      line("</#{tag}>")
    else
      line("#{open}>#{escape(content.to_s)}</#{tag}>")
    end
    self
  end

  def respond_to_missing?(name, include_private = false)
    !name.to_s.start_with?("to_") || super
  end

  def to_s = @out

  private

  def line(text)
    @out << (" " * (@depth * @indent)) << text << "\n"
  end

  def attributes(attrs)
    attrs.map do |k, v|
      next "" if v.nil? || v == false
      v == true ? " #{k}" : %( #{k.to_s.tr('_', '-')}="#{escape(Array(v).join(' '))}")
    end.join
  end

  ESCAPES = { "&" => "&amp;", "<" => "&lt;", ">" => "&gt;", '"' => "&quot;" }.freeze

  def escape(s) = s.gsub(/[&<>"]/, ESCAPES)
end

books = [
  { title: "Dune", author: "Herbert", year: 1965, tags: %w[sf classic] },
  { title: "Emma & Co", author: "Austen", year: 1815, tags: [] },
  { title: "<Neuromancer>", author: "Gibson", year: 1984, tags: %w[sf cyberpunk] }
]

html = MarkupBuilder.new
html.html(lang: "en") do
  head do
    meta charset: "utf-8"
    title "Reading list"
  end
  body class: %w[page wide] do
    h1 "Books (#{books.size})"
    comment! "generated"
    ul id: "books" do |u|
      books.sort_by { |b| b[:year] }.each do |b|
        u.li(class: b[:tags].empty? ? nil : b[:tags], data_year: b[:year]) do
          strong b[:title]
          text! " by #{b[:author]}"
          br
        end
      end
    end
    input type: "checkbox", checked: true, disabled: false
    p_! "That's all"
  end
end
puts html

b = MarkupBuilder.new(indent: 4)
p b.respond_to?(:anything), b.respond_to?(:to_json), b.respond_to?(:text!)
b.section { div { span "deep" } }
puts b.to_s
p b.public_send(:em, "sent").to_s.lines.last
begin
  b.to_hash
rescue NoMethodError => e
  puts "NoMethodError raised for to_hash? #{e.name}"
end
