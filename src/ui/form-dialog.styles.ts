/** The look of a small dialog that asks for a few labelled fields (editor name, team server sign-in). */
import { css } from 'lit';

export const formDialogStyles = css`
  h2 {
    margin: 0 0 var(--px-space-2);
    font-size: 1.25rem;
  }
  label {
    display: block;
    font-weight: 600;
    margin: var(--px-space-3) 0 var(--px-space-1);
  }
  input {
    width: 100%;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--px-space-2);
    margin-top: var(--px-space-4);
  }
  .problem {
    color: var(--px-danger);
    margin: var(--px-space-2) 0 0;
  }
`;
