# priority task scheduler with dependencies and simulated clock
Task = Struct.new(:name, :priority, :duration, :deps, keyword_init: true) do
  include Comparable
  def <=>(o) = [-priority, name] <=> [-o.priority, o.name]
  def to_s = "#{name}(p#{priority},#{duration}t)"
end

tasks = [
  Task.new(name: "compile", priority: 5, duration: 3, deps: ["fetch"]),
  Task.new(name: "fetch", priority: 1, duration: 2, deps: []),
  Task.new(name: "lint", priority: 3, duration: 1, deps: ["fetch"]),
  Task.new(name: "test", priority: 4, duration: 4, deps: %w[compile]),
  Task.new(name: "docs", priority: 2, duration: 2, deps: []),
  Task.new(name: "package", priority: 9, duration: 1, deps: %w[test lint docs]),
  Task.new(name: "notify", priority: 0, duration: 1, deps: ["package"])
]
puts tasks.sort.join(" ")

def schedule(tasks, workers:)
  done = {}
  running = {}
  clock = 0
  timeline = []
  pending = tasks.dup
  until pending.empty? && running.empty?
    running.select { |_, fin| fin <= clock }.each_key do |t|
      running.delete(t)
      done[t.name] = clock
      timeline << format("t=%-2d done  %s", clock, t.name)
    end
    ready = pending.select { |t| t.deps.all? { |d| done.key?(d) } }.sort
    ready.first(workers - running.size).each do |t|
      pending.delete(t)
      running[t] = clock + t.duration
      timeline << format("t=%-2d start %s", clock, t)
    end
    break if running.empty? && !pending.empty?
    clock = running.values.min || clock
  end
  [timeline, done, clock]
end

[1, 2, 3].each do |w|
  timeline, done, clock = schedule(tasks, workers: w)
  puts "== #{w} worker#{'s' if w > 1}: finished at #{clock}"
  puts timeline if w == 2
  p done.sort_by { |k, v| [v, k] }.map(&:first)
end
blocked = tasks + [Task.new(name: "orphan", priority: 1, duration: 1, deps: ["missing"])]
_, done, clock = schedule(blocked, workers: 2)
p done.size, clock, done.key?("orphan")
p tasks.sum(&:duration), tasks.max.name, tasks.min.name, tasks.sort.first(2).map(&:name)
p tasks.map(&:to_h).first, tasks.group_by { |t| t.deps.size }.transform_values { |v| v.map(&:name) }
