# frozen_string_literal: true
# ast_reader.rb: reads an AST file (docs/ast-format.md) into generic nodes with fields by name.

require_relative "errors"
require_relative "pool_escape"

# A node type from the file's type table: its name and its fields in order.
class AstType
  attr_reader :name, :fields, :kinds, :index

  def initialize(name, fields, kinds)
    @name = name     # Symbol, e.g. :CallNode
    @fields = fields # field names (Symbols), in file order
    @kinds = kinds   # field kinds (Strings), parallel to fields
    @index = {}
    i = 0
    while i < fields.size
      @index[fields[i]] = i
      i += 1
    end
  end
end

# One node. Field values by kind: node/node? -> AstNode or nil; node[] ->
# Array of AstNode; const/string -> String (bytes); const? -> String or nil;
# const[] -> Array of String; integer/double -> the literal's text (so
# arbitrarily large integers and exact floats survive untouched); uint ->
# Integer; loc/loc? -> the token as is.
class AstNode
  attr_reader :id, :type, :file, :line, :col, :flags, :values

  def initialize(id, type, file, line, col, flags, values)
    @id = id
    @type = type
    @file = file
    @line = line
    @col = col
    @flags = flags
    @values = values
  end

  def kind
    @type.name
  end

  # The value of field `name` (a Symbol); a field the type lacks is a bug.
  def [](name)
    i = @type.index[name]
    Errors.bug("#{@type.name} has no field #{name}") if i.nil?
    @values[i]
  end

  def has?(name)
    @type.index.key?(name)
  end

  def flag?(bit)
    (@flags & bit) != 0
  end
end

# The whole program: file table and root, plus every node by id.
class AstFile
  attr_reader :path, :files, :nodes, :root

  def initialize(path, files, nodes, root)
    @path = path
    @files = files
    @nodes = nodes
    @root = root
  end
end

class AstReader
  FORMAT = "kiln-ast"
  VERSION = "1"

  def self.read_file(path)
    text = nil
    begin
      text = File.binread(path)
    rescue SystemCallError
      raise KilnError.new(path, "cannot read AST file")
    end
    AstReader.new(path, text).read
  end

  def initialize(path, text)
    @path = path
    @lines = text.split("\n")
    @lineno = 0
  end

  def error(msg)
    raise KilnError.new("#{@path}:#{@lineno}", msg)
  end

  def next_line
    error("unexpected end of file") if @lineno >= @lines.size
    line = @lines[@lineno]
    @lineno += 1
    line
  end

  def read
    head = next_line.split(" ")
    error("not an AST file (expected '#{FORMAT} #{VERSION}')") if head.size != 2 || head[0] != FORMAT
    error("AST format version #{head[1]} is not supported (expected #{VERSION})") if head[1] != VERSION
    counts = next_line.split(" ")
    error("expected 'counts FILES TYPES STRINGS NODES'") if counts.size != 5 || counts[0] != "counts"
    nfiles = count(counts[1])
    ntypes = count(counts[2])
    nstrings = count(counts[3])
    nnodes = count(counts[4])
    files = []
    nfiles.times { files << unescape(record("F ")) }
    types = []
    ntypes.times { types << read_type(record("T ")) }
    @strings = []
    nstrings.times { @strings << unescape(record("S ")) }
    nodes = Array.new(nnodes)
    i = 0
    while i < nnodes
      nodes[i] = read_node(i, record("N "), types, nodes, nfiles)
      i += 1
    end
    last = next_line.split(" ")
    error("expected 'root #{nnodes - 1}'") if last.size != 2 || last[0] != "root" || last[1] != (nnodes - 1).to_s || nnodes == 0
    error("trailing data after root") if @lineno < @lines.size
    AstFile.new(@path, files, nodes, nodes[nnodes - 1])
  end

  def count(tok)
    error("bad count '#{tok}'") unless digits?(tok)
    tok.to_i
  end

  # (a byte loop: `tok.bytes.all? { }` allocated an Array and ran a block
  # per byte for every number of every record, 3% of the self-compile)
  def digits?(tok)
    n = tok.bytesize
    return false if n == 0
    i = 0
    while i < n
      b = tok.getbyte(i)
      return false if b < 48 || b > 57
      i += 1
    end
    true
  end

  # The rest of the next line, which must start with prefix.
  def record(prefix)
    line = next_line
    error("expected a '#{prefix.strip}' record") unless line.start_with?(prefix)
    line[prefix.size, line.size - prefix.size]
  end

  def read_type(rest)
    parts = rest.split(" ")
    error("type without a name") if parts.empty?
    fields = []
    kinds = []
    i = 1
    while i < parts.size
      colon = parts[i].index(":")
      error("bad field '#{parts[i]}'") if colon.nil?
      fields << parts[i][0, colon].to_sym
      kind = parts[i][colon + 1, parts[i].size - colon - 1]
      error("unknown field kind '#{kind}'") unless KINDS.include?(kind)
      kinds << kind
      i += 1
    end
    AstType.new(parts[0].to_sym, fields, kinds)
  end

  KINDS = ["node", "node?", "node[]", "const", "const?", "const[]", "string", "loc", "loc?", "integer", "double", "uint"].freeze

  def read_node(id, rest, types, nodes, nfiles)
    tok = rest.split(" ")
    error("node record too short") if tok.size < 5
    t = index(tok[0], types.size, "type")
    type = types[t]
    kinds = type.kinds
    error("#{type.name} expects #{kinds.size} fields, got #{tok.size - 5}") if tok.size != 5 + kinds.size
    file = index(tok[1], nfiles, "file")
    values = Array.new(kinds.size)
    i = 0
    while i < kinds.size
      values[i] = field(kinds[i], tok[5 + i], id, nodes)
      i += 1
    end
    AstNode.new(id, type, file, count(tok[2]), count(tok[3]), count(tok[4]), values)
  end

  def index(tok, limit, what)
    n = count(tok)
    error("#{what} #{n} out of range") if n >= limit
    n
  end

  def field(kind, tok, id, nodes)
    if kind == "node"
      child(tok, id, nodes)
    elsif kind == "node?"
      tok == "_" ? nil : child(tok, id, nodes)
    elsif kind == "node[]"
      tok == "_" ? [] : tok.split(",").map { |t| child(t, id, nodes) }
    elsif kind == "const" || kind == "string"
      @strings[index(tok, @strings.size, "string")]
    elsif kind == "const?"
      tok == "_" ? nil : @strings[index(tok, @strings.size, "string")]
    elsif kind == "const[]"
      tok == "_" ? [] : tok.split(",").map { |t| @strings[index(t, @strings.size, "string")] }
    elsif kind == "uint"
      count(tok)
    else
      tok # loc, loc?, integer, double: kept as text
    end
  end

  # Children come before parents (post-order), so a reference is to an
  # earlier node.
  def child(tok, id, nodes)
    n = count(tok)
    error("node #{id} refers to node #{n}, which is not before it") if n >= id
    nodes[n]
  end

  # Decodes one pool line (docs/ast-format.md's escapes).
  def unescape(s)
    PoolEscape.unescape(s) || error("bad escape in string")
  end
end
