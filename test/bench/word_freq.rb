# word_freq: counting word frequencies in generated text (Hash with String keys, downcase, scan, sort_by).
VOCABULARY = %w[
  the of and to in is was he for it with as his on be at by had are but from or have an they which
  one you were her all she there would their we him been has when who will more no if out so said
  what up its about into than them can only other new some could time these two may then do first
  any my now such like our over man me even most made after also did many before must through back
  years where much your way well down should because each just those people how too little state good
  very make world still own see men work long get here between both life being under never day same
  another know while last might us great old year off come since against go came right used take three
].freeze

# A linear congruential generator, so every run (and every implementation) sees the same text.
class Lcg
  def initialize(seed)
    @state = seed
  end

  def next_int(bound)
    @state = (@state * 1_103_515_245 + 12_345) % 2_147_483_648
    (@state >> 8) % bound
  end
end

rng = Lcg.new(42)
sentences = Array.new(120_000) do
  words = Array.new(5 + rng.next_int(10)) { VOCABULARY[rng.next_int(rng.next_int(VOCABULARY.size) + 1)] }
  words[0] = words[0].capitalize
  words.join(" ") + (rng.next_int(4).zero? ? "!" : ".")
end
text = sentences.join(" ")

counts = Hash.new(0)
text.scan(/[A-Za-z]+/) { |word| counts[word.downcase] += 1 }

lengths = Hash.new(0)
text.split.each { |token| lengths[token.delete(".!").length] += 1 }

top = counts.sort_by { |word, count| [-count, word] }.first(10)
top.each { |word, count| puts "#{word} #{count}" }
puts "distinct: #{counts.size}"
puts "total: #{counts.values.sum}"
puts "lengths: #{lengths.keys.sort.map { |len| "#{len}=#{lengths[len]}" }.join(',')}"
