import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from '@/App.vue'
import { createAppRouter } from '@/app/router'
import { connectSession } from '@/app/session'
import { i18n, syncDocumentLang } from '@/lib/i18n'
import '@/styles.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
const router = createAppRouter()
connectSession(router)
app.use(router)
app.use(i18n)
syncDocumentLang()
app.mount('#app')
