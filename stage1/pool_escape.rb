# frozen_string_literal: true
# pool_escape.rb: decoding the string-pool escapes shared by the AST and IR formats (\\ \n \t \r \xHH).

module PoolEscape
  # The bytes s stands for, or nil when s holds a malformed escape.
  def self.unescape(s)
    return s unless s.include?("\\")
    out = "".dup
    bytes = s.bytes
    i = 0
    while i < bytes.size
      b = bytes[i]
      if b != 92
        out << b.chr
        i += 1
        next
      end
      return nil if i + 1 >= bytes.size
      c = bytes[i + 1]
      if c == 92
        out << "\\"
        i += 2
      elsif c == 110
        out << "\n"
        i += 2
      elsif c == 116
        out << "\t"
        i += 2
      elsif c == 114
        out << "\r"
        i += 2
      elsif c == 120 && i + 3 < bytes.size && hex(bytes[i + 2]) >= 0 && hex(bytes[i + 3]) >= 0
        out << (hex(bytes[i + 2]) * 16 + hex(bytes[i + 3])).chr
        i += 4
      else
        return nil
      end
    end
    out
  end

  def self.hex(b)
    return b - 48 if b >= 48 && b <= 57
    return b - 87 if b >= 97 && b <= 102
    -1
  end
end
