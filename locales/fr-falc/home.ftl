# The public home page.

home-title = Bienvenue sur Carnet
home-intro = Carnet vous donne des informations du collège. Par exemple : les absences, les rendez-vous et les messages. Vous pouvez répondre par internet, par SMS ou par téléphone. Vous pouvez utiliser votre langue.
home-parent-title = Je suis parent ou responsable d'un élève
home-parent-action = Me connecter avec mon numéro de téléphone
home-staff-title = Je travaille au collège
home-staff-action = Connexion pour le personnel du collège
home-help = Vous avez besoin d'aide ? Lisez la page Aide. Ou demandez au médiateur du collège.
