import './ui/px-app.ts';
