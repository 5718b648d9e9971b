// An on/off control announced as a switch, with its label inside so the whole row is clickable.
import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  children: ComponentChildren;
}

export function Switch({ checked, onChange, disabled, children }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={checked}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="label">{children}</span>
      <span class="track" aria-hidden="true" />
    </button>
  );
}
