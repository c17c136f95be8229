# A word-level Markov chain text generator driven by a seeded Random,
# with order-1 and order-2 chains and some statistics about the corpus.
CORPUS = <<~TEXT
  the cat sat on the mat. the dog sat on the log. the cat saw the dog.
  a dog and a cat met on the mat. the log was on the hill.
  the hill was green and the mat was red. a cat likes the sun.
  the dog likes the log and the cat likes the mat.
TEXT

class MarkovChain
  attr_reader :order

  def initialize(order, seed:)
    @order = order
    @table = Hash.new { |h, k| h[k] = Hash.new(0) }
    @rng = Random.new(seed)
  end

  def train(words)
    padded = [nil] * order + words + [nil]
    padded.each_cons(order + 1) do |*prefix, nxt|
      @table[prefix][nxt] += 1
    end
    self
  end

  def states = @table.size

  def successors(prefix) = @table.fetch(prefix, {})

  # Weighted choice: walk the cumulative counts in insertion order.
  def pick(prefix)
    choices = successors(prefix)
    return nil if choices.empty?
    total = choices.values.sum
    roll = @rng.rand(total)
    choices.each do |word, count|
      return word if roll < count
      roll -= count
    end
  end

  def generate(max_words)
    prefix = [nil] * order
    out = []
    max_words.times do
      word = pick(prefix) or break
      out << word
      prefix = prefix.drop(1) << word
    end
    out
  end
end

words = CORPUS.downcase.scan(/[a-z]+|\./)
puts "tokens: #{words.size}, distinct: #{words.uniq.size}"
freq = words.tally.reject { |w, _| w == "." }.sort_by { |w, c| [-c, w] }
puts "top words: " + freq.first(6).map { |w, c| "#{w}=#{c}" }.join(", ")

bigrams = words.each_cons(2).reject { |pair| pair.include?(".") }.tally
common = bigrams.max_by(3) { |pair, c| [c, pair.join(" ")] }
common.each { |(a, b), c| puts format("bigram %-10s x%d", "#{a} #{b}", c) }

[1, 2].each do |order|
  chain = MarkovChain.new(order, seed: 2024).train(words)
  puts "--- order #{order}: #{chain.states} states"
  after_the = chain.successors(order == 1 ? ["the"] : ["on", "the"])
  puts "after #{order == 1 ? 'the' : 'on the'}: #{after_the.sort.to_h}"
  3.times do |i|
    text = chain.generate(14).join(" ").gsub(" .", ".")
    puts "#{i + 1}: #{text}"
  end
end

rng = Random.new(7)
puts rng.rand(100), rng.rand(1.0).round(6), rng.rand(3..9)
puts words.uniq.sample(4, random: Random.new(11)).inspect
puts words.uniq.first(8).shuffle(random: Random.new(5)).join(" ")
puts Array.new(5) { rng.rand(-5...5) }.inspect
puts Random.new(99).bytes(4).unpack1("H*")
