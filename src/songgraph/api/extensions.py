"""Schema extensions: who may run an operation, and what clients see of errors."""

from __future__ import annotations

from collections.abc import Iterator

from graphql import ExecutionResult, FieldNode, GraphQLError, OperationDefinitionNode
from strawberry.extensions import SchemaExtension

from songgraph.api.context import Context
from songgraph.api.errors import UNAUTHENTICATED, for_client, without_repeats
from songgraph.api.limits import chosen_operation


def _introspection_only(operation: OperationDefinitionNode) -> bool:
    selections = operation.selection_set.selections
    return all(isinstance(node, FieldNode) and node.name.value.startswith("__") for node in selections)


def refusal(context: Context, operation: OperationDefinitionNode) -> GraphQLError | None:
    """Why this caller may not run this operation, or None when it may."""
    if context.auth_error is not None:
        return GraphQLError(context.auth_error, extensions={"code": UNAUTHENTICATED})
    # Whether a mutation may write is each mutation's own check: a dry-run import only reads.
    if context.principal is None and not context.public_reads and not _introspection_only(operation):
        return GraphQLError(
            "reads need a token here: send 'Authorization: Bearer <token>'", extensions={"code": UNAUTHENTICATED}
        )
    return None


class AccessPolicy(SchemaExtension):
    """Refuses the whole operation before anything runs when the caller's token does not allow it."""

    def on_execute(self) -> Iterator[None]:
        execution = self.execution_context
        context = execution.context
        document = execution.graphql_document
        operation = chosen_operation(document, execution.operation_name)[0] if document is not None else None
        if isinstance(context, Context) and operation is not None:
            error = refusal(context, operation)
            if error is not None:
                execution.result = ExecutionResult(data=None, errors=[error])
        yield


def for_clients(errors: list[GraphQLError], context: object) -> list[GraphQLError]:
    """Errors as clients see them: each with a code, repeats once, faults of ours as a request id to quote."""
    request_id = context.request_id if isinstance(context, Context) else "-"
    return [for_client(error, request_id) for error in without_repeats(errors)]


class ClientErrors(SchemaExtension):
    """Every error gets a code; faults of ours become a request id to quote, their details stay in the log."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not getattr(result, "errors", None):
            return
        result.errors = for_clients(result.errors or [], self.execution_context.context)
