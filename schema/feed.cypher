// The change feed (README, "Subscriptions"): one counter node and an event per change, by position.
CREATE CONSTRAINT feed_head_id IF NOT EXISTS FOR (n:FeedHead) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT feed_event_seq IF NOT EXISTS FOR (n:FeedEvent) REQUIRE n.seq IS UNIQUE;
