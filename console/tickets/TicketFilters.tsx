import { useState } from 'preact/hooks';
import type { Directory } from '../../protocol/conversation.ts';
import type { Language } from '../../protocol/language.ts';
import { TICKET_STATUSES, TICKET_TYPES } from '../../protocol/tickets.ts';
import { departmentName } from '../useDirectory.ts';
import type { TicketsTexts } from './i18n.ts';
import { filtersOf, NO_FILTERS, type TicketFilters as Filters } from './route.ts';

interface Props {
  tx: TicketsTexts;
  lang: Language;
  /** What the list shows now; the form starts from it and is remounted when it changes. */
  filters: Filters;
  directory: Directory | null;
  onApply: (filters: Filters) => void;
}

interface Option {
  value: string;
  label: string;
}

/** Every filter in one form: Enter or 筛选 applies them all, from page 1. */
export function TicketFilters({ tx, lang, filters, directory, onApply }: Props) {
  const [draft, setDraft] = useState<Record<keyof Filters, string>>(filters);
  const w = tx.words;

  const select = (key: keyof Filters, label: string, any: string, options: Option[]) => (
    <div class="tr-field">
      <label for={`tk-f-${key}`}>{label}</label>
      <select
        id={`tk-f-${key}`}
        value={draft[key]}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setDraft((d) => ({ ...d, [key]: value }));
        }}
      >
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  const departments = (directory?.departments ?? []).map((d) => ({
    value: d.id,
    label: departmentName(d, lang),
  }));
  // A department from the address stays choosable while the directory loads or lacks it.
  if (filters.departmentId && !departments.some((d) => d.value === filters.departmentId)) {
    departments.push({ value: filters.departmentId, label: filters.departmentId });
  }

  return (
    <form
      class="tr-filters"
      aria-label={tx.filters}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onApply(filtersOf(new URLSearchParams(draft)));
      }}
    >
      {select('status', tx.status, tx.anyStatus, [
        { value: 'open', label: tx.openStatuses },
        ...TICKET_STATUSES.map((s) => ({ value: s, label: w.statuses[s] })),
      ])}
      {select(
        'type',
        tx.type,
        tx.anyType,
        TICKET_TYPES.map((t) => ({ value: t, label: w.types[t] })),
      )}
      {select('departmentId', tx.department, tx.anyDepartment, departments)}
      {select('owner', tx.owner, tx.ownerAll, [
        { value: 'mine', label: tx.ownerMine },
        { value: 'none', label: tx.ownerNone },
      ])}
      {select('due', tx.due, tx.dueAny, [
        { value: 'overdue', label: tx.dueOverdue },
        { value: 'soon', label: tx.dueSoon },
      ])}
      <div class="tr-buttons">
        <button type="submit" class="primary">
          {tx.submit}
        </button>
        <button type="button" class="secondary" onClick={() => onApply(NO_FILTERS)}>
          {tx.clear}
        </button>
      </div>
    </form>
  );
}
