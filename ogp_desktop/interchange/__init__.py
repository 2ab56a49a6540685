"""Working together offline: action-plan import, contribution files with three-way merge, carry forward.

Pure functions and dataclasses, no Qt: the GUI previews a :class:`PlanImport`,
then calls :func:`merge_plan`; exports with :func:`export_contribution`; merges
with :func:`merge_contribution`, lets the user choose per :class:`Conflict`,
re-runs :func:`resolve` and finally :func:`apply_merge`.
"""

from ogp_desktop.interchange.carry_forward import (
    CarryForwardError,
    carry_forward,
)
from ogp_desktop.interchange.contribution import (
    MergeResult,
    apply_merge,
    contribution_info,
    export_contribution,
    merge_contribution,
    note_sent,
    resolve,
)
from ogp_desktop.interchange.contribution_checks import OVERRIDABLE, ContributionError
from ogp_desktop.interchange.merge import Conflict
from ogp_desktop.interchange.plan_import import PlanImport, RowProblem, read_plan
from ogp_desktop.interchange.plan_limits import PlanImportError
from ogp_desktop.interchange.plan_merge import (
    FieldChange,
    ImportSummary,
    merge_plan,
    report_from_plan,
)

__all__ = [
    "OVERRIDABLE", "CarryForwardError", "Conflict", "ContributionError", "FieldChange", "ImportSummary",
    "MergeResult", "PlanImport", "PlanImportError", "RowProblem", "apply_merge", "carry_forward", "contribution_info",
    "export_contribution", "merge_contribution", "merge_plan", "note_sent", "read_plan", "report_from_plan", "resolve",
]
