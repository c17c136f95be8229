# Builds a small project tree under /tmp, then reports on it the way a
# housekeeping script would: Dir.glob patterns, File stats, line counts,
# a TODO scan, an extension summary, and cleanup with ensure.
ROOT = File.join("/tmp", "kiln_tree_#{$$}")

FILES = {
  "README.md" => "# Demo\n\nA demo project.\n",
  "lib/app.rb" => "# TODO: split this file\nclass App\n  def run = puts('hi')\nend\n",
  "lib/app/util.rb" => "module Util\n  # TODO handle nil\n  def self.blank?(s) = s.nil? || s.strip.empty?\nend\n",
  "lib/app/version.rb" => "VERSION = \"1.2.3\"\n",
  "test/app_test.rb" => "require_relative '../lib/app'\n# FIXME flaky\nApp.new.run\n",
  "config/settings.ini" => "[main]\nname = demo\ndebug = false\n\n[db]\npool = 5\n",
  "notes.txt" => "",
  ".hidden.rb" => "# hidden\n"
}.freeze

def build_tree(root)
  FILES.each do |rel, body|
    path = File.join(root, rel)
    dir = File.dirname(path)
    dir.split("/").reject(&:empty?).inject("") do |acc, part|
      cur = "#{acc}/#{part}"
      Dir.mkdir(cur) unless Dir.exist?(cur)
      cur
    end
    File.write(path, body)
  end
end

def remove_tree(path)
  return unless File.exist?(path)
  if File.directory?(path)
    Dir.children(path).each { |c| remove_tree(File.join(path, c)) }
    Dir.rmdir(path)
  else
    File.delete(path)
  end
end

def parse_ini(text)
  section = nil
  text.each_line(chomp: true).each_with_object({}) do |line, acc|
    case line.strip
    when "", /\A[;#]/ then next
    when /\A\[(\w+)\]\z/ then section = acc[$1] = {}
    when /\A(\w+)\s*=\s*(.*)\z/
      key, raw = $1, $2
      section[key] = case raw
                     when "true", "false" then raw == "true"
                     when /\A\d+\z/ then raw.to_i
                     else raw
                     end
    end
  end
end

begin
  build_tree(ROOT)
  Dir.chdir(ROOT) do
    all = Dir.glob("**/*").select { |p| File.file?(p) }
    puts "files (#{all.size}):"
    all.each { |p| puts format("  %-22s %4d bytes %2d lines", p, File.size(p), File.readlines(p).size) }
    puts "ruby files: #{Dir.glob('**/*.rb').inspect}"
    puts "with dotfiles: #{Dir.glob('*.rb', File::FNM_DOTMATCH).inspect}"
    puts "top level: #{Dir.children('.').sort.inspect}"
    puts "lib entries: #{Dir.entries('lib').sort.inspect}"
    puts "md or ini: #{Dir.glob('**/*.{md,ini}').inspect}"
    puts "directories: #{Dir.glob('**/').inspect}"
    puts "under lib: #{Dir.glob('**/*.rb', base: 'lib').inspect}"
    puts "empty files: #{all.select { File.zero?(_1) }.inspect}"

    by_ext = all.group_by { |p| File.extname(p).then { |e| e.empty? ? "(none)" : e } }
    by_ext.sort.each do |ext, paths|
      bytes = paths.sum { File.size(_1) }
      puts "#{ext.ljust(7)} #{paths.size} file#{'s' unless paths.size == 1}, #{bytes} bytes"
    end

    todos = Dir["**/*.rb"].flat_map do |p|
      File.foreach(p).with_index(1).filter_map do |line, no|
        "#{p}:#{no}: #{$1} #{$2.strip}" if line =~ /#\s*(TODO|FIXME):?(.*)/
      end
    end
    puts "notes:", todos.map { "  #{_1}" }

    version = File.read("lib/app/version.rb")[/"([\d.]+)"/, 1]
    puts "version #{version} -> next #{version.split('.').map(&:to_i).tap { |v| v[-1] += 1 }.join('.')}"
    p parse_ini(File.read("config/settings.ini"))

    File.open("notes.txt", "a") { |f| f.puts "checked #{all.size} files"; f.print "ok\n" }
    puts File.read("notes.txt").inspect, File.readlines("notes.txt", chomp: true).inspect
    puts [File.basename("lib/app/util.rb", ".rb"), File.dirname("lib/app/util.rb"), File.extname("x.tar.gz")].inspect
    puts File.fnmatch("lib/*.rb", "lib/app/util.rb"), File.fnmatch("lib/*.rb", "lib/app/util.rb", File::FNM_PATHNAME)
  end
  begin
    File.read(File.join(ROOT, "missing.txt"))
  rescue Errno::ENOENT => e
    puts "#{e.class}: #{e.message.sub(ROOT, '$ROOT')}"
  end
ensure
  remove_tree(ROOT)
  puts "cleaned up: #{!File.exist?(ROOT)}"
end
