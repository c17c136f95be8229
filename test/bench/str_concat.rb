# str_concat: building strings with <<, +, interpolation and * (string append and allocation).
WORDS = %w[alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu].freeze

def checksum(str)
  sum = 0
  str.each_byte { |b| sum = (sum * 33 + b) % 4_294_967_291 }
  sum
end

total_length = 0
total_sum = 0
3_000.times do |round|
  buffer = +""
  2_000.times do |i|
    word = WORDS[(i + round) % WORDS.size]
    buffer << word << " " << i.to_s
    buffer << "\n" if (i % 10).zero?
  end
  line = "round #{round}: " + WORDS.first(3).join("-") + "|" * (round % 5)
  record = "#{line} [#{buffer.length}] #{buffer[-20..]}"
  total_length += buffer.length + record.length
  total_sum = (total_sum + checksum(record)) % 4_294_967_291
end

parts = []
1.upto(100_000) { |i| parts << "item#{i}:#{i * i}" }
joined = parts.join(",")
puts total_length
puts total_sum
puts joined.length
puts checksum(joined[0, 200]) + checksum(joined[-200..])
