# Employee hierarchy: Struct with keyword_init, modules, reports, group_by, sum.
Employee = Struct.new(:name, :title, :dept, :salary, :manager, keyword_init: true) do
  def to_s = "#{name} (#{title})"
end

module Reports
  def self.org_chart(staff, boss = nil, depth = 0, out = [])
    staff.select { |e| e.manager == boss }.sort_by(&:name).each do |e|
      out << "#{'  ' * depth}- #{e}"
      org_chart(staff, e.name, depth + 1, out)
    end
    out
  end

  def self.chain(staff, name)
    by_name = staff.to_h { |e| [e.name, e] }
    chain = []
    while (e = by_name[name])
      chain << e.name
      name = e.manager
    end
    chain
  end
end

STAFF = [
  Employee.new(name: "Zoe", title: "CEO", dept: "Exec", salary: 250_000, manager: nil),
  Employee.new(name: "Yan", title: "CTO", dept: "Eng", salary: 200_000, manager: "Zoe"),
  Employee.new(name: "Xia", title: "CFO", dept: "Finance", salary: 190_000, manager: "Zoe"),
  Employee.new(name: "Walt", title: "Engineer", dept: "Eng", salary: 120_000, manager: "Yan"),
  Employee.new(name: "Vera", title: "Engineer", dept: "Eng", salary: 125_000, manager: "Yan"),
  Employee.new(name: "Uma", title: "Intern", dept: "Eng", salary: 40_000, manager: "Vera"),
  Employee.new(name: "Tom", title: "Accountant", dept: "Finance", salary: 85_000, manager: "Xia"),
]

puts Reports.org_chart(STAFF)
puts
puts "Chain from Uma: #{Reports.chain(STAFF, 'Uma').join(' <- ')}"
STAFF.group_by(&:dept).each do |dept, members|
  total = members.sum(&:salary)
  puts format("%-8s %d people, payroll %9s, top earner %s", dept, members.size,
              total.to_s.gsub(/\B(?=(\d{3})+(?!\d))/, ","), members.max_by(&:salary).name)
end
reports = STAFF.each_with_object(Hash.new(0)) { |e, h| h[e.manager] += 1 if e.manager }
puts "Direct reports: #{reports.sort_by { |m, n| [-n, m] }.map { |m, n| "#{m}=#{n}" }.join(', ')}"
puts "Average salary: #{(STAFF.sum(&:salary) / STAFF.size.to_f).round(2)}"
median = STAFF.map(&:salary).sort.then { |s| s.size.odd? ? s[s.size / 2] : (s[s.size / 2 - 1] + s[s.size / 2]) / 2.0 }
puts "Median salary: #{median}"
uma = STAFF.find { |e| e.name == "Uma" }
p uma.to_h.slice(:name, :salary)
puts uma.members.inspect
raised = uma.dup
raised.salary += 5_000
puts "#{uma.salary} vs #{raised.salary}"
puts uma == STAFF[5], uma.eql?(raised)
p Employee.new(name: "Solo").to_a
begin
  Employee.new(nme: "typo")
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
