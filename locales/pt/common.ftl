# Shared by every page: layout, navigation, errors.

site-name = Carnet
site-tagline = A ligação entre a escola e a família
skip-link = Ir para o conteúdo
nav-label = Menu principal
nav-home = Início
nav-settings = As minhas definições
nav-help = Ajuda
nav-sign-in = Entrar
nav-sign-out = Sair
footer-label = Informações sobre o site
footer-privacy = Privacidade
footer-accessibility = Acessibilidade: parcialmente conforme
footer-simulator = Simulador de telefone (demonstração)
language-switcher-label = Língua
signed-in-as = Sessão iniciada: { $name }
demo-banner = Demonstração: as pessoas são fictícias e nenhum SMS é realmente enviado.
error-summary-title =
    { $count ->
        [one] Há um problema
       *[other] Há { $count } problemas
    }
error-prefix = Erro:
back-home = Voltar ao início
page-not-found-title = Página não encontrada
page-not-found-body = Esta página não existe ou já não existe.
page-forbidden-title = Acesso recusado
page-forbidden-body = Não tem autorização para ver esta página.
page-bad-request-title = Pedido incompleto
page-bad-request-body = O formulário enviado está incompleto ou é demasiado longo. Volte atrás e tente novamente.
page-too-many-title = Demasiados pedidos
page-too-many-body = Fez demasiados pedidos em pouco tempo. Aguarde alguns minutos e tente novamente.
page-error-title = Ocorreu um erro
page-error-body = Tente novamente dentro de alguns minutos. Se o problema continuar, avise a escola.
role-head = direção
role-vie_scolaire = serviço de vida escolar (vie scolaire)
role-teacher = professor
role-mediator = mediador
# Between items of a list written in a line (a placeable keeps the space).
list-separator = {", "}
