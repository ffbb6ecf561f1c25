import Articles
