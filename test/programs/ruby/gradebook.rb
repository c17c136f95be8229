# A gradebook: Struct with keyword_init, Enumerable helpers and a printf report.

Student = Struct.new(:name, :house, :scores, keyword_init: true) do
  def average = scores.sum.fdiv(scores.size)

  def letter
    case average
    when 90.. then "A"
    when 80...90 then "B"
    when 70...80 then "C"
    when 60...70 then "D"
    else "F"
    end
  end

  def best_streak
    scores.each_cons(2).chunk_while { |(a, b), (c, d)| b > a && d > c }
          .map(&:size).max.to_i
  end
end

ROSTER = <<~DATA
  Hermione,Gryffindor,99 100 98 97 100
  Ron,Gryffindor,65 70 58 72 80
  Harry,Gryffindor,78 85 90 70 88
  Draco,Slytherin,88 84 90 91 79
  Luna,Ravenclaw,92 60 95 88 70
  Cedric,Hufflepuff,81 83 85 87 89
  Cho,Ravenclaw,75 80 72 68 91
  Goyle,Slytherin,40 55 61 38 50
DATA

students = ROSTER.each_line(chomp: true).map do |line|
  name, house, scores = line.split(",")
  Student.new(name: name, house: house, scores: scores.split.map(&:to_i))
end

p students.first
p students.first.to_h.keys
p Student.members
puts

puts format("%-10s %-11s %s %7s %s", "Name", "House", "Scores".center(20), "Avg", "Gr")
puts "-" * 55
students.sort_by { |s| [-s.average, s.name] }.each do |s|
  printf("%-10s %-11s %-20s %7.2f %s\n", s.name, s.house, s.scores.map { |x| x.to_s.rjust(4) }.join, s.average, s.letter)
end
puts "-" * 55
puts

p students.map(&:letter).tally.sort.to_h
passing, failing = students.partition { |s| s.average >= 60 }
p passing.map(&:name), failing.map(&:name)

by_house = students.group_by(&:house)
by_house.sort.each do |house, members|
  avg = members.sum(&:average) / members.size
  puts "#{house.ljust(12, '.')}#{format('%6.2f', avg).rjust(8, '.')} #{members.map(&:name).join(', ')}"
end

p by_house.transform_values { |ms| ms.map(&:name) }.min_by { |_, names| names.size }
p students.map(&:scores).transpose.map { |col| col.max }
p students.map(&:scores).transpose.each_with_index.map { |col, i| [i + 1, col.minmax] }
p students.flat_map(&:scores).each_slice(10).map(&:sum)
p students.sum { |s| s.scores.count { |x| x >= 90 } }
p students.map { |s| [s.name, s.best_streak] }.max_by(2) { |_, n| n }
p students.each_with_object(Hash.new { |h, k| h[k] = [] }) { |s, h| h[s.letter] << s.name }
p students.map(&:name).zip(students.map(&:letter)).select { |_, g| g == "A" }.map(&:first)
p students.map(&:name).each_slice(3).to_a
p students.min_by(&:average).then { |s| "#{s.name} needs help (#{s.average.round(1)})" }
p students.sort_by(&:name).chunk_while { |a, b| a.name[0] == b.name[0] }.map { |g| g.map(&:name) }
p students.map(&:average).slice_when { |a, b| (a - b).abs > 10 }.map(&:size)
p students.find { |s| s.scores.include?(100) }&.name
p students.filter_map { |s| s.name.downcase if s.house == "Ravenclaw" }
p students.inject(0) { |acc, s| acc + s.scores.first }
p students.each_with_index.select { |s, i| i.even? }.map { |s, _| s.name[0, 3] }
p students.sum(&:average).round(3), students.count(&:frozen?)

hermione = students.first
copy = Student.new(**hermione.to_h)
p copy == hermione, copy.eql?(hermione), copy.equal?(hermione)
copy.scores = copy.scores.map { |x| [x + 5, 100].min }
p copy.scores, copy.average
begin
  Student.new(name: "X", wand: "holly")
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
p Student.new(name: "Neville").to_a
