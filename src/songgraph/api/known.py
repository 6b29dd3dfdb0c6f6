"""Known documents: a query whose document is kept, valid and within limits runs on graphql-core directly.

Clients send the same few documents again and again. Once a document has been parsed, judged and validated
through Strawberry's whole pipeline (its schema extensions), what that pipeline does for it again is fixed
or kept: the parse tree and its validation are cached, the limits' verdict is kept per variables. Running the
pipeline anyway costs about a third of songgraph's own time on a light request. So a known document skips
it: the same checks are made from what was kept (the limits' verdict, who may read), graphql-core executes
the operation with the same execution context, and errors are logged and shown to the client as the
pipeline would. Whatever is not that plain case (a first sight, a refusal, a costly operation, a mutation,
request extensions) takes the pipeline, before anything runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

from graphql import ExecutionResult as GraphQLExecutionResult
from graphql import GraphQLError, execute
from graphql import OperationType as Kind
from strawberry.execution import optimized_is_awaitable
from strawberry.types import ExecutionResult
from strawberry.types.graphql import OperationType

from songgraph.api.caching import DocumentCache
from songgraph.api.context import Context
from songgraph.api.extensions import for_clients, refusal
from songgraph.api.limits import Judge, chosen_operation


class KnownDocuments:
    """Runs kept, valid query documents without Strawberry's per-request pipeline (see the module's text)."""

    def __init__(
        self,
        documents: DocumentCache,
        judge: Judge,
        report_faults: Callable[[list[GraphQLError], Context], None],
    ) -> None:
        self.documents = documents
        self.judge = judge
        self.report_faults = report_faults

    async def execute(
        self,
        schema: Any,
        query: str | None,
        variables: Any,
        context: Any,
        root_value: Any,
        operation_name: str | None,
        allowed: Iterable[OperationType],
    ) -> ExecutionResult | None:
        """The answer, or None, before anything has run, when the request needs the pipeline."""
        if not isinstance(context, Context) or not (variables is None or isinstance(variables, dict)):
            return None
        entry = self.documents.get(query)
        # ``errors`` is None until the pipeline has validated the document, empty when it found it valid.
        if entry is None or entry.errors != ():
            return None
        document = entry.document
        operation, _ = chosen_operation(document, operation_name)
        if operation is None or operation.operation is not Kind.QUERY or OperationType.QUERY not in allowed:
            return None
        graphql_schema = schema._schema
        shape, _, refused = self.judge.verdict(graphql_schema, document, operation_name, variables or {})
        # A costly query waits for its turn in the costly lane, which the pipeline's limits hand out.
        if refused is not None or shape is None or self.judge.costly(shape) or refusal(context, operation) is not None:
            return None
        try:
            outcome = execute(
                graphql_schema,
                document,
                root_value=root_value,
                context_value=context,
                variable_values=variables,
                operation_name=operation_name,
                is_awaitable=cast(Any, optimized_is_awaitable),
                executor_class=schema.execution_context_class,
                operation_extensions=None,
            )
            result = outcome if isinstance(outcome, GraphQLExecutionResult) else await outcome
            data, errors = result.data, list(result.errors or ())
        except Exception as error:  # as in the pipeline: a fault of ours, masked for the client
            data, errors = None, [GraphQLError(str(error), original_error=error)]
        if errors:
            self.report_faults(errors, context)
        return ExecutionResult(
            data=data, errors=for_clients(errors, context) or None, extensions=self.judge.report(shape)
        )
