# require "forwardable": def_delegator(s), delegate / instance_delegate,
# accessors that are instance variables or (private) methods, blocks passed on.
require "forwardable"

class Playlist
  extend Forwardable
  include Enumerable

  def_delegators :@songs, :size, :empty?, :first, :each, :<<
  def_delegator :@songs, :shift, :next_song
  def_delegator :tags, :join, :tag_line
  delegate %i[upcase length] => :@title, :key? => :@meta
  instance_delegate :fetch => :@meta

  def initialize(title)
    @title = title
    @songs = []
    @meta = { genre: "jazz" }
  end

  private

  def tags = %w[live remastered]
end

pl = Playlist.new("evening")
pl << "So What" << "Blue in Green"
p pl.size, pl.empty?, pl.first, pl.map(&:upcase), pl.upcase, pl.length
p pl.tag_line(", "), pl.key?(:genre), pl.fetch(:genre), pl.fetch(:year) { 1959 }
p pl.next_song, pl.size, pl.each_with_index.to_a
p Playlist.instance_method(:size).owner, Playlist.public_method_defined?(:tag_line)
begin
  pl.fetch(:nope)
rescue KeyError => e
  puts e.message
end
p require("forwardable")
