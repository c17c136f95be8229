# A todo list manager driven by a list of commands.
class Task
  attr_reader :id, :title, :tags
  attr_accessor :done, :priority

  def initialize(id, title, priority: :normal, tags: [])
    @id = id
    @title = title
    @priority = priority
    @tags = tags
    @done = false
  end

  PRIORITY_ORDER = { high: 0, normal: 1, low: 2 }.freeze

  def sort_key = [done ? 1 : 0, PRIORITY_ORDER[priority], id]

  def to_s
    box = done ? "[x]" : "[ ]"
    tag_str = tags.empty? ? "" : " " + tags.map { |t| "##{t}" }.join(" ")
    "#{box} #{id.to_s.rjust(2)}. #{title} (#{priority})#{tag_str}"
  end
end

class TodoList
  def initialize
    @tasks = {}
    @next_id = 1
  end

  def execute(line)
    cmd, rest = line.split(" ", 2)
    case cmd
    when "add"
      title, *tags = rest.split(" #")
      prio = :normal
      if title.end_with?("!")
        prio = :high
        title = title.chomp("!")
      end
      task = Task.new(@next_id, title, priority: prio, tags: tags)
      @tasks[@next_id] = task
      @next_id += 1
      "added #{task.id}"
    when "done" then update(rest) { |t| t.done = true; "completed #{t.title}" }
    when "low" then update(rest) { |t| t.priority = :low; "deprioritized #{t.title}" }
    when "rm"
      t = @tasks.delete(rest.to_i)
      t ? "removed #{t.title}" : "no task #{rest}"
    when "list" then listing(rest)
    when "stats"
      done, open = @tasks.values.partition(&:done)
      "#{@tasks.size} tasks: #{done.size} done, #{open.size} open"
    else
      "unknown command: #{cmd}"
    end
  end

  private

  def update(id)
    task = @tasks[id.to_i]
    return "no task #{id}" unless task
    yield task
  end

  def listing(tag)
    tasks = @tasks.values
    tasks = tasks.select { |t| t.tags.include?(tag) } if tag
    return "(nothing)" if tasks.empty?
    tasks.sort_by(&:sort_key).map(&:to_s).join("\n")
  end
end

commands = [
  "add Buy milk #errand",
  "add Write report! #work #urgent",
  "add Call mom",
  "add Fix bike #errand",
  "add Pay taxes! #money",
  "done 1",
  "low 3",
  "list",
  "list errand",
  "list nothing",
  "rm 4",
  "rm 42",
  "done 9",
  "frobnicate",
  "stats",
  "list",
]
todo = TodoList.new
commands.each do |c|
  puts "> #{c}"
  puts todo.execute(c)
end
