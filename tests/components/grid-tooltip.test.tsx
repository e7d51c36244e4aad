import { act, fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { GridTooltip } from '../../src/ui/GridTooltip';

function Grid() {
  const ref = useRef<HTMLTableElement>(null);
  return (
    <>
      <table ref={ref}>
        <tbody>
          <tr>
            <td tabIndex={0} data-tip="Prefers neutrality">
              A
            </td>
            <td tabIndex={-1} data-tip="Red line: membership">
              B
            </td>
          </tr>
        </tbody>
      </table>
      <button type="button">outside</button>
      <GridTooltip gridRef={ref} />
    </>
  );
}

describe('GridTooltip', () => {
  it('shows the hovered or focused cell’s text and hides on Escape and when focus leaves', () => {
    render(<Grid />);
    expect(screen.queryByTestId('grid-tooltip')).toBeNull();
    fireEvent.pointerOver(screen.getByText('B'));
    expect(screen.getByTestId('grid-tooltip')).toHaveTextContent('Red line: membership');
    act(() => screen.getByText('A').focus());
    expect(screen.getByTestId('grid-tooltip')).toHaveTextContent('Prefers neutrality');
    fireEvent.keyDown(screen.getByText('A'), { key: 'Escape' });
    expect(screen.queryByTestId('grid-tooltip')).toBeNull();
    act(() => screen.getByText('A').focus());
    act(() => screen.getByRole('button', { name: 'outside' }).focus());
    expect(screen.queryByTestId('grid-tooltip')).toBeNull();
  });
});
