import { render } from 'preact';

render(<p>Claimscope</p>, document.getElementById('app')!);
