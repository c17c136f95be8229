# split_join: parsing and rebuilding CSV-like lines (split, join, strip, upcase, sub, to_i).
def make_line(i)
  name = "user#{i}"
  city = %w[paris london tokyo lima oslo cairo][i % 6]
  "  #{i}, #{name} ,#{city},#{i * 37 % 1000},#{i % 2 == 0 ? 'yes' : 'no'}  "
end

lines = (1..20_000).map { |i| make_line(i) }
text = lines.join("\n")

checksum = 0
bytes = 0
16.times do |round|
  rows = text.split("\n").map { |line| line.strip.split(",").map(&:strip) }
  rebuilt = rows.map do |id, name, city, score, active|
    fields = [id, name.upcase, city.capitalize, (score.to_i + round).to_s, active == "yes" ? "Y" : "N"]
    fields.join(";")
  end
  out = rebuilt.join("\n")
  bytes += out.bytesize
  reversed = out.split(";").reverse.join(":")
  checksum = (checksum + reversed.length + out.count("Y") + out.sub("USER", "u").index("u").to_i) % 1_000_003
  checksum += rows.sum { |row| row[3].to_i } % 997
end
puts bytes
puts checksum
puts text.lines.first.strip.split(",").map(&:strip).reverse.join("|")
