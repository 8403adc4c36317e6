SHOW INDEXES YIELD name, type, state, options
RETURN name, type, state, options.indexConfig.`fulltext.analyzer` AS analyzer
