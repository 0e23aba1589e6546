"""The one error of an import: the feed is refused whole, with every reason an editor can act on."""


class ICalImportError(Exception):
    """The feed cannot be imported; ``problems`` says why (one message per problem)."""

    def __init__(self, problems):
        self.problems = [str(problem) for problem in problems]
        super().__init__("\n".join(self.problems))
