import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
// Starts the translations before the first render, so it is already in the reader's language.
import './i18n/i18n'
// Styles live next to what they style. They are imported here, in the order of the one
// stylesheet they were split from, so the cascade (and the look) is exactly what it was:
// rules of equal specificity in different files still meet in the same order.
import './app/app.css'
import './board/BoardLayout.css'
import './panels/ConnectionStatus.css'
import './panels/Notices.css'
import './join/ChangeNameDialog.css'
import './join/TakesPartAsField.css'
import './home/NewBoardForm.css'
import './panels/TopBar.css'
import './people/PeoplePanel.css'
import './share/ShareDialog.css'
import './app/reducedMotion.css'
import './panels/TopBar.phone.css'
import './board/BoardStage.css'
import './canvas/AddMenu.css'
import './views/BoardPanel.css'
import './shapes/shapes.css'
import './board/phone.css'
import './home/TemplateChoice.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
