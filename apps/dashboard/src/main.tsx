import '@shabaka/ui/styles.css';
import './dashboard.css';
import { mount } from '@shabaka/ui/mount';
import { App } from './App';

mount(<App />);
