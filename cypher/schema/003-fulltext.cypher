// Chinese has no spaces between words: the cjk analyzer indexes character bigrams, so a search
// for 示范区 finds 山西转型综合改革示范区. Names, aliases and pinyin forms are all searchable.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.pinyin]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
