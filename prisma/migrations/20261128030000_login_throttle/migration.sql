-- Login throttling (issue 11 item 14): one row per throttled key ("account:<email>" or
-- "ip:<address>"), shared by every web process. Global like users and sessions.
CREATE TABLE login_throttle (
  key           text PRIMARY KEY,
  failures      integer NOT NULL DEFAULT 0,
  window_start  timestamptz(3) NOT NULL DEFAULT now(),
  blocked_until timestamptz(3)
);
