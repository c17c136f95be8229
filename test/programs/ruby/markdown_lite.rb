# A tiny Markdown-to-HTML converter: regexp gsub with blocks, hashes and back-references.
SOURCE = <<~MD
  # Release notes

  Version **2.1** brings _faster_ builds & `kiln run`.

  ## Changes
  - Added [docs](https://example.com/docs) for *everyone*
  - Fixed <script> escaping in `a < b`
  - Removed ~~old~~ flags

  1. First step
  2. Second step

  > Quote with **bold**
  Plain paragraph line one
  continues here.

  ---
  Last line with trailing spaces   
MD

ESCAPE = { "&" => "&amp;", "<" => "&lt;", ">" => "&gt;", '"' => "&quot;" }.freeze

def inline(text)
  codes = []
  text = text.gsub(/`([^`]+)`/) { codes << $1; "\u0000#{codes.size - 1}\u0000" }
  text = text.gsub(/[&<>"]/, ESCAPE)
  text = text.gsub(/\*\*(.+?)\*\*/, '<strong>\1</strong>')
             .gsub(/(?<![*\w])[*_](.+?)[*_](?![*\w])/, '<em>\1</em>')
             .gsub(/~~(.+?)~~/) { "<del>#{Regexp.last_match(1)}</del>" }
             .gsub(/\[(?<label>[^\]]+)\]\((?<url>[^)]+)\)/) { %(<a href="#{$~[:url]}">#{$~[:label]}</a>) }
  text.gsub(/\u0000(\d+)\u0000/) { "<code>#{codes[$1.to_i].gsub(/[&<>"]/, ESCAPE)}</code>" }
end

def convert(md)
  html = []
  list = nil
  para = []
  flush_para = -> { html << "<p>#{para.map { |l| inline(l) }.join(' ')}</p>" unless para.empty?; para.clear }
  close_list = -> { html << "</#{list}>" if list; list = nil }
  md.each_line(chomp: true) do |line|
    case line
    when /\A(#+)\s+(.*)/
      flush_para.call; close_list.call
      html << "<h#{$1.size}>#{inline($2)}</h#{$1.size}>"
    when /\A[-*]\s+(.*)/, /\A\d+\.\s+(.*)/
      flush_para.call
      kind = line.match?(/\A\d/) ? "ol" : "ul"
      if list != kind
        close_list.call
        html << "<#{kind}>"
        list = kind
      end
      html << "  <li>#{inline($1)}</li>"
    when /\A>\s?(.*)/
      flush_para.call; close_list.call
      html << "<blockquote>#{inline($1)}</blockquote>"
    when /\A-{3,}\z/
      flush_para.call; close_list.call
      html << "<hr>"
    when /\A\s*\z/
      flush_para.call; close_list.call
    else
      close_list.call
      para << line.rstrip
    end
  end
  flush_para.call
  close_list.call
  html.join("\n")
end

out = convert(SOURCE)
puts out
puts "-" * 20
p out.lines.size, out.scan(/<(\w+)/).flatten.tally.sort.to_h
p inline("a*b*c and *d*"), inline("x & y < z"), inline("`<tag>` **`code`**")
headings = SOURCE.scan(/^(#+) (.+)$/).map { |hashes, title| "#{'  ' * (hashes.size - 1)}#{title}" }
puts headings
slug = ->(s) { s.downcase.gsub(/[^a-z0-9]+/, "-").gsub(/\A-|-\z/, "") }
p headings.map(&:strip).map(&slug)
p "2024-01-15".sub(/(\d+)-(\d+)-(\d+)/, '\3/\2/\1'), "john smith".gsub(/\b\w/, &:upcase)
p "a1b2c3".gsub(/\d/) { |d| (d.to_i * 2).to_s }, "hello".gsub(/l/, "l" => "L"), "cat hat".gsub(/[ch]at/, "cat" => "dog")
p "x-y_z".gsub(/[-_]/, "-" => "+", "_" => "="), "aaa".sub(/a/) { |m| m.upcase }, "path/to/file".gsub("/", "\\")
