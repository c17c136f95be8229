# Wordle feedback and a solver: two-pass scoring that handles repeated
# letters, candidate filtering, letter-frequency heuristics, and a few
# complete games against fixed answers.
WORDS = %w[
  crane slate trace crate react cater adore raise arise stare
  later alert alter stone tones notes onset shore horse those
  ghost globe glove grove drove prove probe broke spoke smoke
  eerie geese sheep sleep creep cheer erase ease_ lever never
  mamma llama comma karma drama
].reject { |w| w.include?("_") }.freeze

module Wordle
  GREEN = "G"
  YELLOW = "Y"
  GRAY = "."

  module_function

  def score(guess, answer)
    result = Array.new(guess.size, GRAY)
    spare = Hash.new(0)
    guess.each_char.with_index do |ch, i|
      if answer[i] == ch
        result[i] = GREEN
      else
        spare[answer[i]] += 1
      end
    end
    guess.each_char.with_index do |ch, i|
      next if result[i] == GREEN || spare[ch].zero?
      result[i] = YELLOW
      spare[ch] -= 1
    end
    result.join
  end

  def consistent?(word, guess, pattern) = score(guess, word) == pattern

  # Picks the guess whose patterns split the candidates into the most groups.
  def best_guess(candidates, pool = candidates)
    pool.max_by do |g|
      groups = candidates.group_by { |c| score(g, c) }
      [groups.size, -groups.values.map(&:size).max, candidates.include?(g) ? 1 : 0, g.tr("a-z", ("a".."z").to_a.reverse.join)]
    end
  end

  def play(answer, words, first: nil, verbose: true)
    candidates = words.dup
    guesses = []
    6.times do
      guess = guesses.empty? && first ? first : best_guess(candidates, words)
      pattern = score(guess, answer)
      guesses << guess
      puts "  #{guess} #{pattern} (#{candidates.size} left)" if verbose
      return guesses if pattern == GREEN * 5
      candidates.select! { |w| consistent?(w, guess, pattern) }
    end
    guesses
  end
end

[%w[crane react], %w[geese eerie], %w[eerie geese], %w[llama mamma], %w[sleep speed], %w[abcde fghij], %w[stare stare]].each do |g, a|
  puts "#{g} vs #{a}: #{Wordle.score(g, a)}"
end

freq = WORDS.join.chars.tally.sort_by { |ch, n| [-n, ch] }
puts "letters: " + freq.first(8).map { |ch, n| "#{ch}#{n}" }.join(" ")
positional = (0...5).map { |i| WORDS.map { _1[i] }.tally.max_by { |ch, n| [n, ch] }.first }
puts "most common by position: #{positional.join}"
scores = WORDS.to_h { |w| [w, w.chars.uniq.sum { |ch| freq.to_h[ch] }] }
puts "best starters: #{scores.max_by(3) { |w, s| [s, w] }.map(&:first).join(', ')}"
p WORDS.select { |w| w.squeeze.size < w.size }.first(6)
p WORDS.partition { |w| w.count("aeiou") >= 2 }.map(&:size)

%w[drove karma sheep those lever].each do |answer|
  puts "answer #{answer}:"
  guesses = Wordle.play(answer, WORDS, first: "crane")
  puts "  solved in #{guesses.size}: #{guesses.join(' -> ')}"
end

totals = WORDS.map { |a| Wordle.play(a, WORDS, verbose: false).size }
puts "average over #{WORDS.size} answers: #{(totals.sum.to_f / totals.size).round(3)}, worst #{totals.max}"
puts "distribution: #{totals.tally.sort.map { |k, v| "#{k}:#{v}" }.join(' ')}"
