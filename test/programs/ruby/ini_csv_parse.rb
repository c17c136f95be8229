# parsing INI and CSV text by hand
INI = <<~INI
  ; global settings
  name = demo app
  debug=true

  [database]
  host = db.local
  port = 5432
  # comment
  pool=5

  [paths]
  root = /srv/app
  logs = ${root}/logs
  empty =
INI

def parse_ini(text)
  section = "global"
  text.each_line.with_index(1).each_with_object(Hash.new { |h, k| h[k] = {} }) do |(line, no), acc|
    line = line.strip
    next if line.empty? || line.start_with?(";", "#")
    if (m = line.match(/\A\[(\w+)\]\z/))
      section = m[1]
    elsif line.include?("=")
      key, value = line.split("=", 2).map(&:strip)
      value = value.gsub(/\$\{(\w+)\}/) { acc[section][$1] }
      acc[section][key] = case value
                          when /\A\d+\z/ then value.to_i
                          when "true", "false" then value == "true"
                          else value
                          end
    else
      raise "line #{no}: cannot parse #{line.inspect}"
    end
  end
end

cfg = parse_ini(INI)
cfg.each do |sec, kv|
  puts "[#{sec}]"
  kv.each { |k, v| puts "  #{k} = #{v.inspect}" }
end
p cfg["database"]["port"] + 1, cfg.keys

CSV_TEXT = <<~CSV
  id,name,city,amount
  1,"Smith, John",Boston,100.50
  2,Jane Doe,"New ""York""",75
  3,Bob,,0.25
  4,"Multi word, with comma",Austin,1e3
CSV

def parse_csv_line(line)
  fields = []
  cur = +""
  in_q = false
  i = 0
  while i < line.size
    ch = line[i]
    if in_q
      if ch == '"' && line[i + 1] == '"'
        cur << '"'
        i += 1
      elsif ch == '"'
        in_q = false
      else
        cur << ch
      end
    elsif ch == '"'
      in_q = true
    elsif ch == ","
      fields << cur
      cur = +""
    else
      cur << ch
    end
    i += 1
  end
  fields << cur
end

rows = CSV_TEXT.lines(chomp: true)
header, *data = rows.map { |l| parse_csv_line(l) }
records = data.map { |r| header.zip(r).to_h }
records.each { |r| p r }
total = records.sum { |r| Float(r["amount"]) }
puts "total: #{total}"
puts "cities: #{records.map { |r| r['city'] }.reject(&:empty?).sort.join(' | ')}"
widths = header.map { |h| ([h] + records.map { |r| r[h] }).map(&:size).max }
puts header.each_with_index.map { |h, i| h.ljust(widths[i]) }.join(" | ")
puts widths.map { |w| "-" * w }.join("-+-")
records.each { |r| puts header.each_with_index.map { |h, i| r[h].ljust(widths[i]) }.join(" | ") }
kv = "a=1;b=2;c=three".split(";").map { |pair| pair.split("=") }.to_h
p kv, kv.transform_values { |v| Integer(v, exception: false) || v }
q = "name=J%20Doe&tags=a&tags=b&x"
params = q.split("&").map { |s| s.split("=", 2) }.group_by(&:first).transform_values { |v| v.map { |(_, x)| x&.gsub("%20", " ") } }
p params
