// Uniqueness constraints and indexes of the songgraph graph. Applied by `songgraph migrate`;
// every statement is idempotent (IF NOT EXISTS), so running it again changes nothing.

CREATE CONSTRAINT song_id IF NOT EXISTS FOR (n:Song) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT album_id IF NOT EXISTS FOR (n:Album) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT music_video_id IF NOT EXISTS FOR (n:MusicVideo) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT introduction_id IF NOT EXISTS FOR (n:Introduction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT certification_id IF NOT EXISTS FOR (n:Certification) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT chart_peak_id IF NOT EXISTS FOR (n:ChartPeak) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (n:Quote) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT award_id IF NOT EXISTS FOR (n:Award) REQUIRE n.id IS UNIQUE;
// MusicBrainz ids (optional): one node per MusicBrainz entity, found by `song(mbid:)` and `person(mbid:)`.
CREATE CONSTRAINT song_mbid IF NOT EXISTS FOR (n:Song) REQUIRE n.mbid IS UNIQUE;
CREATE CONSTRAINT person_mbid IF NOT EXISTS FOR (n:Person) REQUIRE n.mbid IS UNIQUE;
CREATE CONSTRAINT album_mbid IF NOT EXISTS FOR (n:Album) REQUIRE n.mbid IS UNIQUE;
CREATE CONSTRAINT music_video_mbid IF NOT EXISTS FOR (n:MusicVideo) REQUIRE n.mbid IS UNIQUE;
// Every spelling of a person's name (name and aliases), folded; one node per spelling.
CREATE CONSTRAINT person_name_key IF NOT EXISTS FOR (n:PersonName) REQUIRE n.key IS UNIQUE;

// Lookups by folded title, sorting and filtering of the connections.
CREATE INDEX song_title_key IF NOT EXISTS FOR (n:Song) ON (n.titleKey);
CREATE TEXT INDEX song_title_key_text IF NOT EXISTS FOR (n:Song) ON (n.titleKey);
CREATE INDEX song_release_year IF NOT EXISTS FOR (n:Song) ON (n.releaseYear);
CREATE INDEX song_release_date IF NOT EXISTS FOR (n:Song) ON (n.releaseDate);
CREATE INDEX album_title_key IF NOT EXISTS FOR (n:Album) ON (n.titleKey);
// Keyset pages: each list order is (sort key, id), read in index order from the cursor onwards.
// An index and a constraint cannot share a name (IF NOT EXISTS would silently skip the second), so the
// names say what the index is for.
CREATE INDEX song_title_page IF NOT EXISTS FOR (n:Song) ON (n.titleKey, n.id);
CREATE INDEX song_release_page IF NOT EXISTS FOR (n:Song) ON (n.releaseDate, n.titleKey, n.id);
CREATE INDEX person_name_page IF NOT EXISTS FOR (n:Person) ON (n.nameKey, n.id);
CREATE INDEX introduction_year_page IF NOT EXISTS FOR (n:Introduction) ON (n.year, n.id);
// people(filter: {name}) matches part of any spelling.
CREATE TEXT INDEX person_name_spelling_text IF NOT EXISTS FOR (n:PersonName) ON (n.key);

// Ranked search across songs, people (with aliases) and albums; accents folded by the analyzer too.
CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Song|Person|Album) ON EACH [n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};

// Keyset pages of the browsing lists (albums, musicVideos, quotes), one index per order.
CREATE INDEX album_title_page IF NOT EXISTS FOR (n:Album) ON (n.titleKey, n.id);
CREATE INDEX album_release_page IF NOT EXISTS FOR (n:Album) ON (n.releaseDate, n.id);
CREATE INDEX music_video_release_page IF NOT EXISTS FOR (n:MusicVideo) ON (n.releaseDate, n.id);
CREATE INDEX music_video_views_page IF NOT EXISTS FOR (n:MusicVideo) ON (n.views, n.id);
CREATE INDEX quote_year_page IF NOT EXISTS FOR (n:Quote) ON (n.year, n.id);
