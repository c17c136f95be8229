# A library catalog: Struct records, multi-key sorting, searching, loans with fines.
Book = Struct.new(:isbn, :title, :author, :year, :tags, keyword_init: true) do
  def to_s = "#{title} (#{author}, #{year})"
  def decade = year / 10 * 10
end

class Catalog
  include Enumerable
  Loan = Struct.new(:book, :member, :day_out, :day_due)
  FINE_PER_DAY = 25

  def initialize
    @books = {}
    @loans = {}
    @history = []
  end

  def add(**attrs)
    book = Book.new(**attrs, tags: Array(attrs[:tags]))
    raise ArgumentError, "duplicate isbn #{book.isbn}" if @books.key?(book.isbn)

    @books[book.isbn] = book
  end

  def each(&block) = @books.each_value(&block)

  def search(text = nil, tag: nil, before: nil)
    select do |b|
      (text.nil? || b.title.downcase.include?(text.downcase) || b.author.downcase.include?(text.downcase)) &&
        (tag.nil? || b.tags.include?(tag)) && (before.nil? || b.year < before)
    end
  end

  def lend(isbn, member, day, days: 14)
    book = @books.fetch(isbn) { raise KeyError, "no book #{isbn}" }
    return "#{book.title} is already out" if @loans.key?(isbn)

    @loans[isbn] = Loan.new(book, member, day, day + days)
    @history << [member, isbn]
    "#{member} borrowed #{book.title} until day #{day + days}"
  end

  def give_back(isbn, day)
    loan = @loans.delete(isbn) or return "#{isbn} was not lent"
    late = [day - loan.day_due, 0].max
    fine = late * FINE_PER_DAY
    "#{loan.member} returned #{loan.book.title}" + (fine.zero? ? "" : format(", %d days late, fine $%.2f", late, fine / 100.0))
  end

  def available = reject { |b| @loans.key?(b.isbn) }
  def on_loan = @loans.values.map { |l| [l.member, l.book.title] }
  def top_borrowers = @history.map(&:first).tally.max_by(2) { |m, n| [n, m] }
end

cat = Catalog.new
cat.add(isbn: "111", title: "Dune", author: "Frank Herbert", year: 1965, tags: %w[scifi classic])
cat.add(isbn: "222", title: "Neuromancer", author: "William Gibson", year: 1984, tags: "scifi")
cat.add(isbn: "333", title: "Emma", author: "Jane Austen", year: 1815, tags: %w[classic romance])
cat.add(isbn: "444", title: "The Hobbit", author: "J. R. R. Tolkien", year: 1937, tags: %w[fantasy classic])
cat.add(isbn: "555", title: "Hyperion", author: "Dan Simmons", year: 1989)
cat.add(isbn: "666", title: "Persuasion", author: "Jane Austen", year: 1817, tags: ["romance"])
begin
  cat.add(isbn: "111", title: "Dup", author: "X", year: 2000)
rescue ArgumentError => e
  puts e.message
end

puts cat.sort_by { |b| [b.author.split.last, b.year] }.map(&:to_s)
puts "---"
puts cat.search("austen").map(&:title).inspect, cat.search(tag: "classic", before: 1950).map(&:title).inspect
puts cat.search("HYPER").first, cat.search(tag: "poetry").inspect
puts cat.group_by(&:decade).sort.map { |d, bs| "#{d}s: #{bs.map(&:title).join(', ')}" }
puts cat.flat_map(&:tags).tally.sort_by { |t, n| [-n, t] }.map { |t, n| "#{t}(#{n})" }.join(" ")
puts cat.min_by(&:year).title, cat.minmax_by { |b| b.title.size }.map(&:title).inspect
puts cat.lend("111", "ann", 1), cat.lend("111", "bob", 2), cat.lend("333", "bob", 3, days: 7)
puts cat.lend("555", "ann", 4), cat.give_back("111", 10), cat.lend("111", "cy", 11)
puts cat.give_back("333", 15), cat.give_back("333", 16), cat.give_back("555", 30)
begin
  cat.lend("999", "ann", 1)
rescue KeyError => e
  puts "KeyError: #{e.message}"
end
p cat.on_loan, cat.available.map(&:isbn), cat.top_borrowers, cat.count, cat.sum(&:year) / cat.count
p cat.each_slice(4).map { |s| s.map(&:isbn).join }, cat.sort_by(&:year).each_cons(2).map { |a, b| b.year - a.year }.max
p cat.find { |b| b.tags.empty? }&.title, cat.partition { |b| b.year > 1900 }.map(&:size), cat.first.to_h.keys
