// Accounts and their API tokens: one account per name, one token per id (a token is found by
// the id in its text, then its secret checked against the stored scrypt hash).
CREATE CONSTRAINT account_name IF NOT EXISTS FOR (n:Account) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT token_id IF NOT EXISTS FOR (n:Token) REQUIRE n.id IS UNIQUE;
