# Semantic version parsing, Comparable, sorting, and constraint matching.
class Version
  include Comparable
  PATTERN = /\A(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.]+))?\z/

  attr_reader :major, :minor, :patch, :pre

  def self.parse(str)
    m = PATTERN.match(str) or raise ArgumentError, "malformed version: #{str.inspect}"
    new(m[1].to_i, m[2].to_i, m[3].to_i, m[4])
  end

  def initialize(major, minor = 0, patch = 0, pre = nil)
    @major, @minor, @patch, @pre = major, minor, patch, pre
  end

  def <=>(other)
    return nil unless other.is_a?(Version)
    c = [major, minor, patch] <=> [other.major, other.minor, other.patch]
    return c unless c.zero?
    return 0 if pre == other.pre
    return 1 if pre.nil?
    return -1 if other.pre.nil?
    compare_pre(pre, other.pre)
  end

  def bump(part)
    case part
    when :major then Version.new(major + 1)
    when :minor then Version.new(major, minor + 1)
    when :patch then Version.new(major, minor, patch + 1)
    else raise ArgumentError, "unknown part #{part}"
    end
  end

  def satisfies?(constraint)
    op, ver = constraint.split(" ", 2)
    other = Version.parse(ver)
    case op
    when "=" then self == other
    when ">=" then self >= other
    when "<" then self < other
    when "~>" then self >= other && self < other.bump(other.patch.zero? ? :major : :minor)
    else raise ArgumentError, "bad operator #{op}"
    end
  end

  def hash = to_s.hash
  def eql?(other) = other.is_a?(Version) && (self <=> other).zero?

  def to_s = [major, minor, patch].join(".") + (pre ? "-#{pre}" : "")
  def inspect = "v#{self}"

  private

  def compare_pre(a, b)
    a.split(".").zip(b.split(".")).each do |x, y|
      return 1 if y.nil?
      c = x =~ /\A\d+\z/ && y =~ /\A\d+\z/ ? x.to_i <=> y.to_i : x <=> y
      return c unless c.zero?
    end
    a.count(".") < b.count(".") ? -1 : 0
  end
end

list = %w[1.0.0 0.9.12 1.0.0-rc.1 1.0.0-beta 2.1.3 1.10.0 1.2.0 1.0.0-rc.10 1.0.0-rc.2 0.10.0]
versions = list.map { |s| Version.parse(s) }
p versions.sort
puts "max: #{versions.max}, min: #{versions.min}"
puts Version.parse("1.2.3") == Version.parse("1.2.3"), Version.parse("1.2.3").between?(Version.new(1), Version.new(2))
puts Version.parse("1.2.3").clamp(Version.new(1, 5), Version.new(2)).to_s
v = Version.parse("1.4.2")
%i[major minor patch].each { |part| puts "#{part}: #{v} -> #{v.bump(part)}" }
constraints = [">= 1.2.0", "< 2.0.0", "~> 1.4.0", "~> 1.0.0", "= 1.4.2", "~> 2.0.0"]
constraints.each { |c| puts "#{v} #{c.ljust(10)} #{v.satisfies?(c)}" }
begin
  Version.parse("1.2")
rescue ArgumentError => e
  puts e.message
end
puts (Version.new(1) <=> "1.0.0").inspect
begin
  Version.new(1) < "x"
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
counts = versions.map { |x| Version.new(x.major, x.minor) }.tally
puts counts.map { |k, n| "#{k}=#{n}" }.join(" ")
puts versions.group_by(&:major).transform_values(&:size).inspect
puts versions.uniq { |x| [x.major, x.minor] }.size
