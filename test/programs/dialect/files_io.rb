# Files and I/O: File.write/File.read/File.exist?, puts/print/p with several values,
# $stdout and $stderr (stderr is not compared), ARGV, __FILE__.
path = "files_io.tmp"
File.write(path, "line one\nline two\n")
text = File.read(path)
print text
p text.lines.length, File.exist?(path), File.exist?("no-such-file.tmp")
File.write(path, "replaced")
puts File.read(path)
File.delete(path)
p File.exist?(path)
begin
  File.read("no-such-file.tmp")
rescue Errno::ENOENT => e
  puts "ENOENT #{e.class}"
rescue SystemCallError => e
  puts "system call error"
end
puts "a", "b"
puts ["c", ["d"]]
puts
puts nil
print "x", "y", 1, nil, "\n"
p
p 1, "two"
r = p(:three)
p r
$stdout.puts "to stdout"
$stdout.print "printed\n"
$stdout.write("written\n")
$stderr.puts "to stderr"
STDOUT.puts "STDOUT constant"
p ARGV, ARGV.length
p File.basename(__FILE__), File.basename("/a/b/c.rb", ".rb"), File.extname("x.rb")
p File.join("a", "b"), File.dirname("/a/b/c.rb")
$stdout.flush
puts "done"
