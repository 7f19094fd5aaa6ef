# The public home page.

home-title = Boas-vindas ao Carnet
home-intro = O Carnet envia-lhe avisos sobre as faltas, as reuniões e as mensagens da escola. Pode responder pela internet, por SMS ou por telefone, na sua língua.
home-parent-title = Sou pai, mãe ou responsável por um aluno
home-parent-action = Entrar com o meu número de telefone
home-staff-title = Trabalho na escola
home-staff-action = Acesso do pessoal
home-help = Precisa de ajuda? Leia a página de ajuda ou fale com o mediador da escola.
