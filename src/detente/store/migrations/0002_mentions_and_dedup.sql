-- Schema version 2: events rather than reports.
-- `events` now holds one row per real-world event (the first report's coding as its face),
-- with GDELT's counts; `mentions` holds every report of it (article, sentence, offsets);
-- `sentences` keeps the evidence text of every coded sentence.
ALTER TABLE events ADD COLUMN num_mentions INTEGER DEFAULT 1;
ALTER TABLE events ADD COLUMN num_sources INTEGER DEFAULT 1;
ALTER TABLE events ADD COLUMN num_articles INTEGER DEFAULT 1;
ALTER TABLE events ADD COLUMN date_start DATE;
ALTER TABLE events ADD COLUMN date_end DATE;
ALTER TABLE events ADD COLUMN origin VARCHAR DEFAULT 'detente';
ALTER TABLE articles ADD COLUMN publisher VARCHAR;
ALTER TABLE articles ADD COLUMN canonical_url VARCHAR;
ALTER TABLE articles ADD COLUMN language VARCHAR;
ALTER TABLE runs ADD COLUMN data_version VARCHAR;
CREATE TABLE IF NOT EXISTS sentences (
    doc_id VARCHAR,
    sentence_index INTEGER,
    text VARCHAR,
    role VARCHAR,
    PRIMARY KEY (doc_id, sentence_index)
);
CREATE TABLE IF NOT EXISTS mentions (
    report_id VARCHAR PRIMARY KEY,
    event_id VARCHAR,
    doc_id VARCHAR,
    url VARCHAR,
    source_name VARCHAR,
    published DATE,
    sentence_index INTEGER,
    source_start INTEGER, source_end INTEGER,
    target_start INTEGER, target_end INTEGER,
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    confidence DOUBLE,
    date VARCHAR,
    date_precision VARCHAR,
    run_id VARCHAR
);
-- Every event stored under version 1 was its own report.
INSERT INTO mentions
SELECT event_id, event_id, doc_id, url, NULL, published, sentence_index, source_start,
       source_end, target_start, target_end, trigger_text, trigger_start, trigger_end,
       confidence, date, date_precision, run_id
FROM events;
INSERT OR IGNORE INTO sentences
SELECT DISTINCT doc_id, sentence_index, sentence, 'body' FROM events;
UPDATE events SET date_start = COALESCE(TRY_CAST(date AS DATE), published),
                  date_end = COALESCE(TRY_CAST(date AS DATE), published);
CREATE INDEX IF NOT EXISTS events_dyad ON events (source_code, target_code, cameo);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions (event_id);
