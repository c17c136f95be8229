# Prime numbers: sieve, trial division, factorization.
def sieve(limit)
  is_prime = Array.new(limit + 1, true)
  is_prime[0] = is_prime[1] = false
  (2..Math.sqrt(limit)).each do |i|
    next unless is_prime[i]
    (i * i).step(limit, i) { |j| is_prime[j] = false }
  end
  is_prime.each_index.select { |i| is_prime[i] }
end

def prime?(n)
  return false if n < 2
  return true if n < 4
  return false if n.even?
  i = 3
  while i * i <= n
    return false if (n % i).zero?
    i += 2
  end
  true
end

def factorize(n)
  factors = Hash.new(0)
  d = 2
  while d * d <= n
    while (n % d).zero?
      factors[d] += 1
      n /= d
    end
    d += 1
  end
  factors[n] += 1 if n > 1
  factors
end

primes = sieve(100)
puts "Primes below 100: #{primes.join(' ')}"
puts "Count: #{primes.size}, sum: #{primes.sum}"
puts "Agree: #{primes == (0..100).select { |n| prime?(n) }}"

[360, 97, 1001, 2**10 * 3**4, 600851475143].each do |n|
  f = factorize(n)
  str = f.map { |p, e| e > 1 ? "#{p}^#{e}" : p.to_s }.join(" * ")
  puts "#{n} = #{str}"
end

twins = primes.each_cons(2).select { |a, b| b - a == 2 }
puts "Twin primes: #{twins.map { |a, b| "(#{a},#{b})" }.join(' ')}"

gaps = primes.each_cons(2).map { |a, b| b - a }
puts "Largest gap: #{gaps.max} after #{primes[gaps.index(gaps.max)]}"

goldbach = (4..30).step(2).map do |n|
  p = primes.find { |q| primes.include?(n - q) }
  "#{n}=#{p}+#{n - p}"
end
puts goldbach.join(", ")

puts "Mersenne: " + (2..31).select { |e| prime?(e) && prime?(2**e - 1) }.map { |e| "2^#{e}-1" }.join(", ")
puts 1_000_003.then { |n| "#{n} prime? #{prime?(n)}" }
