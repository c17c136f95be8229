# A fixed-size worker pool over a Queue: jobs are hashed and checked by
# several threads, results are gathered under a Mutex and printed in job
# order, so the output does not depend on scheduling.
Job = Struct.new(:id, :payload)
Result = Struct.new(:job_id, :worker, :digest, :words, :error)

class Pool
  STOP = Object.new.freeze

  attr_reader :processed

  def initialize(size, &work)
    @size = size
    @work = work
    @jobs = Queue.new
    @results = []
    @lock = Mutex.new
    @processed = Hash.new(0)
    @threads = Array.new(size) { |n| Thread.new(n) { |w| run_worker(w) } }
  end

  def submit(job) = @jobs << job

  def shutdown
    @size.times { @jobs << STOP }
    @threads.each(&:join)
    @results.sort_by(&:job_id)
  end

  private

  def run_worker(worker)
    while (job = @jobs.pop) != STOP
      result = begin
        Result.new(job.id, worker, *@work.call(job.payload), nil)
      rescue ArgumentError => e
        Result.new(job.id, worker, nil, nil, e.message)
      end
      @lock.synchronize do
        @results << result
        @processed[worker] += 1
      end
    end
  end
end

def checksum(text)
  raise ArgumentError, "empty payload" if text.strip.empty?
  digest = text.each_byte.with_index.sum { |b, i| b * (i + 1) } % 65_521
  [digest.to_s(16).rjust(4, "0"), text.split.size]
end

texts = [
  "the quick brown fox", "jumps over", "", "the lazy dog",
  "pack my box with five dozen liquor jugs", "   ", "sphinx of black quartz judge my vow",
  "how vexingly quick daft zebras jump"
]

pool = Pool.new(3) { |payload| checksum(payload) }
texts.each_with_index { |t, i| pool.submit(Job.new(i + 1, t)) }
results = pool.shutdown

results.each do |r|
  if r.error
    puts format("job %2d: failed (%s)", r.job_id, r.error)
  else
    puts format("job %2d: digest %s words %2d", r.job_id, r.digest, r.words)
  end
end
puts "processed: #{pool.processed.values.sum} jobs by #{pool.processed.size <= 3 ? 'at most 3' : 'too many'} workers"
ok, failed = results.partition { _1.error.nil? }
puts "ok #{ok.size}, failed #{failed.size}, total words #{ok.sum(&:words)}"

# Threads returning values, joined in creation order.
squares = (1..5).map { |n| Thread.new(n) { |k| k * k } }.map(&:value)
p squares

# A shared counter is only safe under the lock.
counter = 0
lock = Mutex.new
8.times.map { Thread.new { 250.times { lock.synchronize { counter += 1 } } } }.each(&:join)
p counter

# Thread-local variables and an exception surfacing at join.
t = Thread.new do
  Thread.current[:name] = "worker-x"
  Thread.current[:name].upcase
end
p t.value, t.alive?, t[:name]
Thread.report_on_exception = false
bad = Thread.new { raise IOError, "disk on fire" }
begin
  bad.join
rescue IOError => e
  puts "joined failure: #{e.message}"
end

q = Queue.new
producer = Thread.new { 5.times { |i| q.push(i * 10) }; q.close }
consumed = []
while (item = q.pop)
  consumed << item
end
producer.join
p consumed, q.closed?, q.empty?, q.size
