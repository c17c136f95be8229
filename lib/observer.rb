# observer.rb: `require "observer"` for kiln programs, written for kiln.
#
# `include Observable` lets an object keep a list of observers, each with
# the method to call on it (update unless told otherwise); after `changed`,
# `notify_observers(*args)` calls every observer once and clears the
# changed state.
module Observable
  def add_observer(observer, func = :update)
    @observer_peers = {} unless defined? @observer_peers
    raise NoMethodError, "observer does not respond to `#{func}'" unless observer.respond_to?(func)

    @observer_peers[observer] = func
  end

  def delete_observer(observer)
    @observer_peers.delete(observer) if defined? @observer_peers
  end

  def delete_observers
    @observer_peers.clear if defined? @observer_peers
  end

  def count_observers
    defined?(@observer_peers) ? @observer_peers.size : 0
  end

  def changed(state = true)
    @observer_state = state
  end

  def changed?
    defined?(@observer_state) && @observer_state ? true : false
  end

  def notify_observers(*args)
    return unless defined?(@observer_state) && @observer_state

    @observer_peers.each { |observer, func| observer.__send__(func, *args) } if defined? @observer_peers
    @observer_state = false
  end
end
