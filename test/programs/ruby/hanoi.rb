# Towers of Hanoi: recursive solution with move recording and an iterative check.
class Hanoi
  attr_reader :pegs, :moves

  def initialize(n)
    @n = n
    @pegs = { a: (1..n).to_a.reverse, b: [], c: [] }
    @moves = []
  end

  def solve(n = @n, from = :a, to = :c, via = :b)
    return if n.zero?
    solve(n - 1, from, via, to)
    move(from, to)
    solve(n - 1, via, to, from)
  end

  def move(from, to)
    disk = @pegs[from].pop
    raise "illegal move of #{disk} onto #{@pegs[to].last}" if @pegs[to].any? && @pegs[to].last < disk
    @pegs[to].push(disk)
    @moves << [disk, from, to]
  end

  def show
    height = @n
    rows = (0...height).to_a.reverse.map do |level|
      @pegs.values.map do |peg|
        d = peg[level]
        d ? ("=" * (2 * d - 1)).center(2 * @n + 1) : "|".center(2 * @n + 1)
      end.join(" ")
    end
    rows.join("\n")
  end
end

h = Hanoi.new(3)
puts h.show
h.solve
h.moves.each_with_index do |(disk, from, to), i|
  puts "#{(i + 1).to_s.rjust(2)}: move disk #{disk} from #{from} to #{to}"
end
puts h.show
puts

(1..10).each do |n|
  t = Hanoi.new(n)
  t.solve
  puts "n=#{n.to_s.rjust(2)} moves=#{t.moves.size.to_s.rjust(4)} formula=#{2**n - 1} ok=#{t.pegs[:c] == (1..n).to_a.reverse}"
end

big = Hanoi.new(12)
big.solve
by_disk = big.moves.group_by(&:first).transform_values(&:size)
puts by_disk.sort.map { |d, c| "#{d}:#{c}" }.join(" ")
