-- detente store, schema version 1: articles, events, skipped inputs, runs.
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started TIMESTAMP,
    finished TIMESTAMP,
    version VARCHAR,
    settings VARCHAR,
    inputs INTEGER,
    articles INTEGER,
    skipped INTEGER,
    events INTEGER
);
CREATE TABLE IF NOT EXISTS articles (
    doc_id VARCHAR PRIMARY KEY,
    source VARCHAR,
    title VARCHAR,
    url VARCHAR,
    short_url VARCHAR,
    published DATE,
    authors VARCHAR[],
    agencies VARCHAR[],
    body VARCHAR,
    content_hash VARCHAR,
    run_id VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR,
    url VARCHAR,
    published DATE,
    sentence VARCHAR,
    sentence_index INTEGER,
    source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_name VARCHAR,
    source_start INTEGER, source_end INTEGER,
    target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_name VARCHAR,
    target_start INTEGER, target_end INTEGER,
    cameo VARCHAR,
    cameo_root VARCHAR,
    cameo_label VARCHAR,
    goldstein DOUBLE,
    quad_class INTEGER,
    plover_type VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
    negated BOOLEAN,
    modality VARCHAR,
    date VARCHAR,
    date_precision VARCHAR,
    date_text VARCHAR,
    location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    rule VARCHAR,
    confidence DOUBLE,
    run_id VARCHAR
);
CREATE TABLE IF NOT EXISTS skipped (
    source VARCHAR,
    reason VARCHAR,
    run_id VARCHAR,
    PRIMARY KEY (source, reason)
);
