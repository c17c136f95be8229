# A tournament leaderboard: scores with ties, ranking rules, standings tables.
Result = Struct.new(:home, :away, :hg, :ag)
RESULTS = [
  %w[Lions Tigers 2 1], %w[Bears Wolves 0 0], %w[Eagles Sharks 3 3], %w[Tigers Bears 1 2],
  %w[Wolves Eagles 2 2], %w[Sharks Lions 0 1], %w[Lions Bears 1 1], %w[Tigers Wolves 4 0],
  %w[Eagles Lions 0 2], %w[Sharks Bears 2 0], %w[Wolves Sharks 1 1], %w[Eagles Tigers 1 1],
].map { |h, a, hg, ag| Result.new(h, a, hg.to_i, ag.to_i) }

Row = Struct.new(:team, :played, :won, :drawn, :lost, :gf, :ga) do
  def points = won * 3 + drawn
  def gd = gf - ga
end

table = Hash.new { |h, t| h[t] = Row.new(t, 0, 0, 0, 0, 0, 0) }
RESULTS.each do |r|
  [[r.home, r.hg, r.ag], [r.away, r.ag, r.hg]].each do |team, f, a|
    row = table[team]
    row.played += 1
    row.gf += f
    row.ga += a
    if f > a then row.won += 1
    elsif f == a then row.drawn += 1
    else row.lost += 1
    end
  end
end

standings = table.values.sort_by { |r| [-r.points, -r.gd, -r.gf, r.team] }
puts format("%-3s %-8s %2s %2s %2s %2s %5s %3s", "#", "Team", "P", "W", "D", "L", "GD", "Pts")
rank = 0
prev = nil
standings.each_with_index do |r, i|
  key = [r.points, r.gd, r.gf]
  rank = i + 1 unless key == prev
  prev = key
  puts format("%-3s %-8s %2d %2d %2d %2d %+5d %3d", "#{rank}.", r.team, r.played, r.won, r.drawn, r.lost, r.gd, r.points)
end

puts "\nby points only (ties in the order sort_by leaves them):"
puts table.values.sort_by { |r| -r.points }.map { |r| "#{r.team}:#{r.points}" }.join(" ")
puts table.values.sort { |x, y| y.points <=> x.points }.map(&:team).join(" ")
puts table.values.min_by(&:points).team, table.values.max_by(&:gf).team
puts table.values.max_by(2, &:points).map(&:team).inspect, table.values.min_by(2, &:gd).map(&:team).inspect
puts table.values.group_by(&:points).sort.reverse.map { |pts, rows| "#{pts}: #{rows.map(&:team).sort.join(', ')}" }
draws = RESULTS.count { |r| r.hg == r.ag }
puts "draws: #{draws}/#{RESULTS.size}, goals: #{RESULTS.sum { |r| r.hg + r.ag }}"
biggest = RESULTS.max_by { |r| [(r.hg - r.ag).abs, r.hg + r.ag] }
puts "biggest win: #{biggest.home} #{biggest.hg}-#{biggest.ag} #{biggest.away}"
scores = RESULTS.map { |r| "#{r.hg}-#{r.ag}" }.tally.sort_by { |s, n| [-n, s] }
puts "common scores: #{scores.first(3).map { |s, n| "#{s} x#{n}" }.join(', ')}"
names = %w[pear fig apple kiwi plum date lime banana cherry grape melon lemon peach mango olive]
p names.sort_by(&:size), names.min_by(&:size), names.max_by(&:size)
p (1..20).sort_by { |x| x % 3 }, names.sort { |a, b| a.size <=> b.size }.first(6)
