CREATE TABLE test_half (id INTEGER PRIMARY KEY);
INSERT INTO table_that_does_not_exist VALUES (1);
