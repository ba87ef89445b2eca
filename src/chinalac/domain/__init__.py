"""Domain answers: each figure, status or indicator computed once; cli, web and api only present them."""
