# A small library system: modules, classes, class methods, constants, to_s.
module Describable
  def describe
    "#{self.class.name.downcase}: #{summary}"
  end
end

module Library
  MAX_LOANS = 2

  class Error < StandardError; end
  class LimitReached < Error; end
  class NotAvailable < Error; end

  class Book
    include Describable
    include Comparable
    attr_reader :title, :author, :year
    attr_accessor :borrower

    def self.from_line(line)
      title, author, year = line.split(" | ")
      new(title, author, year.to_i)
    end

    def initialize(title, author, year)
      @title, @author, @year = title, author, year
      @borrower = nil
    end

    def available? = borrower.nil?
    def summary = "#{title} by #{author} (#{year})"
    def <=>(other) = [author, year] <=> [other.author, other.year]
  end

  class Member
    include Describable
    attr_reader :name, :loans

    def initialize(name)
      @name = name
      @loans = []
    end

    def summary = "#{name} with #{loans.size} loan(s)"
  end

  class Catalog
    def initialize(books)
      @books = books
    end

    def checkout(member, title)
      book = @books.find { |b| b.title == title } or raise NotAvailable, "no such book: #{title}"
      raise NotAvailable, "#{title} is out with #{book.borrower.name}" unless book.available?
      raise LimitReached, "#{member.name} already has #{MAX_LOANS} books" if member.loans.size >= MAX_LOANS
      book.borrower = member
      member.loans << book
      book
    end

    def return_book(member, title)
      book = member.loans.find { |b| b.title == title }
      return false unless book
      member.loans.delete(book)
      book.borrower = nil
      true
    end

    def report
      @books.sort.map do |b|
        status = b.available? ? "in" : "out (#{b.borrower.name})"
        "  #{b.summary.ljust(48)} #{status}"
      end
    end
  end
end

lines = [
  "Dune | Frank Herbert | 1965",
  "Neuromancer | William Gibson | 1984",
  "Foundation | Isaac Asimov | 1951",
  "I, Robot | Isaac Asimov | 1950",
  "Hyperion | Dan Simmons | 1989",
]
catalog = Library::Catalog.new(lines.map { |l| Library::Book.from_line(l) })
ann = Library::Member.new("Ann")
bo = Library::Member.new("Bo")

actions = [
  [ann, "Dune"], [bo, "Dune"], [ann, "Foundation"], [ann, "Hyperion"],
  [bo, "Snow Crash"], [bo, "I, Robot"],
]
actions.each do |member, title|
  book = catalog.checkout(member, title)
  puts "#{member.name} borrowed #{book.title}"
rescue Library::LimitReached, Library::NotAvailable => e
  puts "#{e.class.name.split('::').last}: #{e.message}"
end
puts catalog.return_book(ann, "Dune"), catalog.return_book(ann, "Dune")
catalog.checkout(bo, "Dune")
puts catalog.report
puts ann.describe, bo.describe
puts Library::Book.from_line(lines[0]).describe
puts Library::Error.ancestors.include?(StandardError)
puts Library::MAX_LOANS
